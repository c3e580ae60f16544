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
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidator>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<UsedSignInLinks>();
        services.AddAppTable(UsedSignInLinks.TableName);

        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, options => options.ForwardDefaultSelector = SchemeOf)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCookie(options =>
            {
                options.LoginPath = SignInPath;
                options.LogoutPath = "/dang-xuat";
                options.AccessDeniedPath = SignInPath;
                options.Cookie.Name = "hdnd.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;

                // The API answers with status codes, never with a redirect to a page.
                options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        return builder;
    }

    /// <summary>
    /// The scheme that authenticates a request: the API key when it carries one; otherwise the cookie, except for a
    /// change through the API, which then is not signed in (401). The pages' script only reads the API (the roll).
    /// </summary>
    private static string SchemeOf(HttpContext context)
    {
        var request = context.Request;
        var change = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        return request.Headers.ContainsKey(ApiKeyAuthentication.Header) || change
            ? ApiKeyAuthentication.SchemeName
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
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
