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
/// links, and that must not sign anybody in nor use the link up. The button's POST uses the link, once only, and signs
/// the user in with the cookie.
/// </summary>
[Security.PersonalLinkHeaders]
[EnableRateLimiting(Security.LinkRateLimiting.Policy)]
internal sealed class SignInLinkModel(SignInLinks links, UsedSignInLinks used, UserDirectory directory) : PageModel
{
    private SignInToken? _link;

    /// <summary>Where to go once signed in: a local address only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public UserEntry? Account { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (Check(token) is { } refused)
        {
            return refused;
        }

        return await used.HasBeenUsedAsync(_link!.Id, cancellationToken) ? Used() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (Check(token) is { } refused)
        {
            return refused;
        }

        if (!await used.TryUseAsync(_link!.Id, _link.Expires, cancellationToken))
        {
            return Used();
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

        (_link, Account) = (read, user);
        return null;
    }

    private IActionResult Used() => new PageProblem(StatusCodes.Status410Gone, "Đường dẫn đăng nhập đã được sử dụng",
        "Mỗi đường dẫn đăng nhập chỉ dùng được một lần. Để đăng nhập, vui lòng yêu cầu một đường dẫn mới tại trang đăng nhập.",
        "Yêu cầu đường dẫn đăng nhập mới", SignInLinks.Path).ToResult(ModelState);
}
