using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Letters;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace HdndWorkflow.Functions.Pages.Invitations;

/// <summary>
/// <c>/xac-nhan/{token}</c>, an invitee's personal page: no account, the token is the credential. GET and HEAD only
/// read (mail scanners open links); the form's POST records the answer, which can be changed until the deadline.
/// The address never leaves the page (no referrer, not cached) and a token gets only a few requests per minute.
/// </summary>
[PersonalLinkHeaders]
[EnableRateLimiting(LinkRateLimiting.Policy)]
internal sealed class ConfirmModel(ConferenceService service, LinkSigner signer, TimeProvider time) : PageModel
{
    /// <summary>The query that the redirect after a recorded answer carries: <c>?ket-qua=da-ghi</c>.</summary>
    public const string RecordedQuery = "ket-qua";

    public const string RecordedFlag = "da-ghi";

    [BindProperty]
    public AnswerForm Form { get; set; } = new();

    public InvitationView? View { get; private set; }

    public FormErrors Errors { get; private set; } = FormErrors.None;

    /// <summary>The answer was just recorded.</summary>
    public bool Recorded { get; private set; }

    /// <summary>Why answers are no longer taken, when they are not.</summary>
    public string ClosedReason => View!.Conference switch
    {
        { Status: ConferenceStatus.Cancelled } => "Hội nghị đã bị hủy.",
        { Status: ConferenceStatus.Draft } => "Giấy mời chưa được gửi, chưa thể đăng ký tham dự.",
        var c when c.RegistrationDeadline.HasPassed(Instant.FromDateTimeOffset(time.GetUtcNow())) =>
            $"Đã hết hạn đăng ký tham dự (hạn chót: {c.RegistrationDeadline}).",
        _ => "Đã đóng đăng ký tham dự.",
    };

    public async Task<IActionResult> OnGetAsync(
        string token,
        [FromQuery(Name = AnswerLinks.QueryName)] string? answer,
        [FromQuery(Name = RecordedQuery)] string? result,
        CancellationToken cancellationToken)
    {
        var opened = await service.OpenAsync(InvitationToken.Decode(token, signer), cancellationToken);
        if (opened is not Outcome<InvitationView>.Done { Value: var view })
        {
            return LinkRefused(opened);
        }

        View = view;
        // After the redirect of a recorded answer: the page says so (only when an answer is stored, whatever the query says).
        Recorded = result == RecordedFlag && view.Invitation.Reply is not null;
        Form = AnswerForm.From(view.Invitation, Recorded ? null : answer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var decoded = InvitationToken.Decode(token, signer);
        var outcome = await service.AnswerAsync(decoded, Form.ToInput().ToResponse(), cancellationToken);
        if (outcome is Outcome<InvitationView>.Done)
        {
            // Post, redirect, get: a refresh of the page that follows reads the answer again instead of posting it again.
            return RedirectToPage(new RouteValueDictionary { ["token"] = token, [RecordedQuery] = RecordedFlag });
        }

        if (outcome is Outcome<InvitationView>.Invalid { Errors: var errors } && !errors.Any(IsLinkRefusal))
        {
            // Refused answer (a field missing, or the deadline passed meanwhile): the page again, as typed.
            var reopened = await service.OpenAsync(decoded, cancellationToken);
            if (reopened is not Outcome<InvitationView>.Done { Value: var view })
            {
                return LinkRefused(reopened);
            }

            View = view;
            Errors = new FormErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (outcome is Outcome<InvitationView>.Invalid { Errors: [{ Message: ConferenceTexts.DeputyLinkReadOnly }] }
            && await service.OpenAsync(decoded, cancellationToken) is Outcome<InvitationView>.Done { Value: var deputyView })
        {
            // A deputy's link shows the invitation without a form; a post to it changes nothing.
            View = deputyView;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        return LinkRefused(outcome);
    }

    private static bool IsLinkRefusal(ValidationError error) => error.Field == "token";

    private IActionResult LinkRefused(Outcome<InvitationView> outcome) =>
        (outcome is Outcome<InvitationView>.Gone
            ? new PageProblem(StatusCodes.Status410Gone, "Đường dẫn xác nhận đã hết hạn",
                "Hội nghị đã kết thúc nên đường dẫn xác nhận tham dự không còn hiệu lực.")
            : new PageProblem(StatusCodes.Status404NotFound, "Đường dẫn xác nhận không hợp lệ",
                "Đường dẫn không đúng, đã bị thay đổi hoặc không còn được sử dụng. Vui lòng mở lại đường dẫn trong thư mời mới nhất; "
                + "nếu vẫn không được, xin liên hệ cơ quan tổ chức hội nghị."))
        .ToResult(ModelState);
}
