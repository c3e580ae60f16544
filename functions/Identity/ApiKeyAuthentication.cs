using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// Automation clients: the <c>X-Api-Key</c> header names a configured key, which acts as one user. It is also the only
/// way to make a change through the API, so its refusal (401) says so.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory directory, IProblemDetailsService problems)
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

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Chưa xác thực.",
                Detail = $"Cần khóa API hợp lệ trong tiêu đề {Header}. Cookie đăng nhập của trang chỉ dùng được để xem qua API; "
                    + "mọi thay đổi qua API đều cần khóa API.",
            },
        });
    }
}
