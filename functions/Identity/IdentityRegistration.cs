using HdndWorkflow.Functions.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// Who is calling: automation clients by API key (<c>X-Api-Key</c>), people on the pages by the sign-in cookie
/// (they sign in through a link sent to their e-mail, usable once). API calls without either get 401 problem details,
/// pages redirect to the sign-in page.
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
            .AddPolicyScheme(Either, Either, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthentication.Header) ? ApiKeyAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
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
