using System.Security.Claims;
using HdndWorkflow.Functions.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace HdndWorkflow.Functions.Pages.Account;

/// <summary>
/// <c>/dang-nhap/{token}</c>, the link of a sign-in e-mail. Opening it (GET) only shows a button: mail scanners open
/// links, and that must not sign anybody in. The button's POST signs the user in with the cookie.
/// </summary>
[PersonalLinkHeaders]
[EnableRateLimiting(Security.LinkRateLimiting.Policy)]
internal sealed class SignInLinkModel(SignInLinks links, UserDirectory directory) : PageModel
{
    /// <summary>Where to go once signed in: a local address only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public UserEntry? Account { get; private set; }

    public IActionResult OnGet(string token) => Check(token) ?? Page();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (Check(token) is { } refused)
        {
            return refused;
        }

        var principal = new ClaimsPrincipal(UserDirectory.IdentityOf(Account!, CookieAuthenticationDefaults.AuthenticationScheme));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/hoi-nghi");
    }

    private IActionResult? Check(string token)
    {
        var read = links.Read(token);
        if (read is null || directory.FindUser(read.Email) is not { } user)
        {
            return new PageProblem(StatusCodes.Status404NotFound, "Đường dẫn đăng nhập không hợp lệ",
                "Đường dẫn không đúng hoặc đã bị thay đổi. Hãy mở lại đường dẫn trong thư, hoặc yêu cầu một đường dẫn mới.",
                "Yêu cầu đường dẫn đăng nhập mới", SignInLinks.Path).ToResult(ModelState);
        }

        if (links.HasExpired(read))
        {
            return new PageProblem(StatusCodes.Status410Gone, "Đường dẫn đăng nhập đã hết hạn",
                $"Mỗi đường dẫn đăng nhập chỉ có hiệu lực {(int)SignInLinks.Lifetime.TotalMinutes} phút. Vui lòng yêu cầu một đường dẫn mới.",
                "Yêu cầu đường dẫn đăng nhập mới", SignInLinks.Path).ToResult(ModelState);
        }

        Account = user;
        return null;
    }
}
