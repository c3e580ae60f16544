using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// People signed in with Entra ID by App Service Authentication: the <c>X-MS-CLIENT-PRINCIPAL</c> header names them,
/// and they act as the directory's user with the same Entra object id (<see cref="UserEntry.ObjectId"/>) or, failing
/// that, the same e-mail address, with that user's role and council. Someone Entra knows and the directory does not is
/// not signed in. Without <see cref="AppServiceAuthenticationOptions.Enabled"/> the header is never read.
/// </summary>
internal sealed class AppServiceAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory directory,
    IOptions<AppServiceAuthenticationOptions> appService)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AppService";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!appService.Value.Enabled || !Request.Headers.TryGetValue(AppServicePrincipal.Header, out var values) || values.ToString() is not { Length: > 0 } header)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (AppServicePrincipal.Parse(header) is not { } principal)
        {
            return Task.FromResult(AuthenticateResult.Fail("The App Service principal is not an Entra ID sign-in."));
        }

        var user = (principal.ObjectId is { } oid ? directory.FindByObjectId(oid) : null)
            ?? principal.Emails.Select(directory.FindUser).FirstOrDefault(u => u is not null);
        return Task.FromResult(user is null
            ? AuthenticateResult.Fail("The Entra ID user is not in the directory.")
            : AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(UserDirectory.IdentityOf(user, SchemeName)), SchemeName)));
    }
}
