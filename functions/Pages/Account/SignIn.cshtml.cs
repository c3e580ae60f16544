using HdndWorkflow.Domain;
using HdndWorkflow.Email;
using HdndWorkflow.Functions.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Pages.Account;

/// <summary>
/// <c>/dang-nhap</c>: asks for an e-mail address and sends a sign-in link to it if it belongs to a user. The answer is
/// the same whether it does or not, so the page cannot be used to find out who has an account.
/// </summary>
internal sealed class SignInModel(
    UserDirectory directory, SignInLinks links, SignInThrottle throttle, IEmailSender sender, IOptions<AppServiceAuthenticationOptions> appService, ILogger<SignInModel> logger)
    : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; private set; } = FormErrors.None;

    /// <summary>The form was accepted: the page says a link is on its way (if the address is known).</summary>
    public bool Sent { get; private set; }

    /// <summary>
    /// With App Service Authentication in front of the app: its Entra ID sign-in, coming back to where the person was
    /// going (a local path only) or to the conferences.
    /// </summary>
    public string? EntraSignIn => appService.Value.Enabled
        ? $"{appService.Value.LoginPath}?post_login_redirect_uri={Uri.EscapeDataString(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/hoi-nghi")}"
        : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!EmailAddress.TryParse(Email, out var email))
        {
            Errors = new FormErrors([new ValidationError("email", "Vui lòng nhập địa chỉ email hợp lệ, ví dụ ten@hdnd.gov.vn.")]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Sent = true;
        if (directory.FindUser(email.Value) is { } user && throttle.TryAcquire(user.Email))
        {
            try
            {
                await sender.SendAsync([links.Compose(user, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null)], cancellationToken);
            }
            catch (EmailDeliveryException e)
            {
                // The page says the same as for an unknown address; the operator sees why no e-mail went out.
                logger.SignInEmailFailed(e.GetType().Name);
            }
        }

        return Page();
    }
}
