using HdndWorkflow.Functions.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// Who is calling: automation clients by API key (<c>X-Api-Key</c>), people on the pages by the sign-in cookie
/// (they sign in through a link sent to their e-mail, usable once). API calls without either get 401 problem details,
/// pages redirect to the sign-in page. The API takes the cookie for reading only (GET, HEAD); a change through the API
/// needs the key, which no form or link of another site can send, so a cross-site form post is not signed in.
/// With App Service Authentication enabled (<see cref="AppServiceAuthenticationOptions"/>), people signed in with
/// Entra ID by the platform are signed in too, on the same terms as the cookie (pages, and the API for reading).
/// Outside Development both cookies, sign-in and antiforgery, are named <c>__Host-…</c>, which browsers accept only
/// when Secure, from this site itself, for the whole site.
/// </summary>
public static class IdentityRegistration
{
    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/dang-nhap";

    private const string Either = "ApiKeyOrCookie";

    public static WebApplicationBuilder AddIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidator>();
        services.AddOptions<AppServiceAuthenticationOptions>().BindConfiguration(AppServiceAuthenticationOptions.Section);
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<UsedSignInLinks>();
        services.AddAppTable(UsedSignInLinks.TableName);

        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, options => options.ForwardDefaultSelector = SchemeOf)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, AppServiceAuthentication>(AppServiceAuthentication.SchemeName, options =>
            {
                // Not signed in (or not in the directory): the pages send people to the sign-in page, the API answers 401/403.
                options.ForwardChallenge = CookieAuthenticationDefaults.AuthenticationScheme;
                options.ForwardForbid = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.LoginPath = SignInPath;
                options.LogoutPath = "/dang-xuat";
                options.AccessDeniedPath = SignInPath;
                options.Cookie.Name = CookieName("hdnd.auth", development);
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;

                // The API answers with status codes, never with a redirect to a page.
                options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName("hdnd.antiforgery", development);
            // Not Always: with Always the antiforgery system throws (a 500) on any plain-HTTP request. Behind the
            // Functions host every request is HTTPS (CustomHandlerHosting), so the cookie is Secure; on plain HTTP a
            // __Host- cookie without Secure is refused by the browser, and the form is refused with a clear page.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeaders sends X-Frame-Options: DENY on every answer; antiforgery's own SAMEORIGIN would weaken it.
            options.SuppressXFrameOptionsHeader = true;
        });
        return builder;
    }

    /// <summary>
    /// The scheme that authenticates a request: the API key when it carries one; otherwise, for a change through the
    /// API, none (401: the platform's session is a cookie too, which a cross-site form would send); otherwise App Service
    /// Authentication's principal where the deployment has it and the request carries one, else the cookie. The pages'
    /// script only reads the API (the roll).
    /// </summary>
    private static string SchemeOf(HttpContext context)
    {
        var request = context.Request;
        var change = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        if (request.Headers.ContainsKey(ApiKeyAuthentication.Header) || change)
        {
            return ApiKeyAuthentication.SchemeName;
        }

        return request.Headers.ContainsKey(AppServicePrincipal.Header)
            && context.RequestServices.GetRequiredService<IOptions<AppServiceAuthenticationOptions>>().Value.Enabled
            ? AppServiceAuthentication.SchemeName
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    /// <summary>Outside Development, <c>__Host-</c> and the name: Secure, host-only, path /, or refused by the browser.</summary>
    private static string CookieName(string name, bool development) => development ? name : "__Host-" + name;

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || Management.Api.ManagementApi.IsApiPath(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
