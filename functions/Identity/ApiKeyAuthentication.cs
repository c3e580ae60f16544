using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>Automation clients: the <c>X-Api-Key</c> header names a configured key, which acts as one user.</summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.ToString() is not { Length: > 0 } key)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(directory.FindByApiKey(key) is { } user
            ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(UserDirectory.IdentityOf(user, SchemeName)), SchemeName))
            : AuthenticateResult.Fail("Unknown API key."));
    }
}
