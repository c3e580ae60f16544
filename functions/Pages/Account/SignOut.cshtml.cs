using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using HdndWorkflow.Functions.Identity;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Pages.Account;

/// <summary>
/// <c>/dang-xuat</c>: POST signs out; GET only offers the button (a link must not sign anyone out). Someone signed in
/// through App Service Authentication is signed out of its session too, by its logout endpoint.
/// </summary>
internal sealed class SignOutModel(IOptions<AppServiceAuthenticationOptions> appService) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var signedOut = $"{SignInLinks.Path}?da-dang-xuat=1";
        return User.Identity?.AuthenticationType == AppServiceAuthentication.SchemeName
            ? Redirect($"{appService.Value.LogoutPath}?post_logout_redirect_uri={Uri.EscapeDataString(signedOut)}")
            : LocalRedirect(signedOut);
    }
}
