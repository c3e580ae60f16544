using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Pages.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// The pages of a conference's conclusion, for the organizers and approvers of its council: signed in, every refusal
/// of <see cref="ConclusionService"/> shown as a page of its own (404, 403, 409), invalid input as the page again with
/// the errors at their fields (400).
/// </summary>
[Authorize]
internal abstract class ConclusionPageModel : PageModel
{
    public FormErrors Errors { get; protected set; } = FormErrors.None;

    /// <summary>The conclusion's page: "/hoi-nghi/{id}/ket-luan" (the address the review e-mails link to).</summary>
    public static string PagePath(Guid id) => ConclusionPaths.Review(new ConferenceId(id));

    public static string OutcomePath(Guid id) => $"{PagePath(id)}/ket-qua";

    public static string DraftPath(Guid id) => $"{PagePath(id)}/du-thao";

    public static string CorrectionPath(Guid id) => $"{PagePath(id)}/dinh-chinh";

    /// <summary>The draft notice as the service serves it to the council (HTML to print, PDF to download).</summary>
    public static string NoticeHtmlPath(Guid id) => $"/api/conferences/{id:D}/conclusion/notice.html";

    public static string NoticePdfPath(Guid id) => $"/api/conferences/{id:D}/conclusion/notice.pdf";

    /// <summary>The page for an outcome other than done, or invalid where the page has no form to show it in.</summary>
    protected IActionResult Refusal<T>(Outcome<T> outcome, Guid id) => outcome switch
    {
        Outcome<T>.NotFound => new PageProblem(
            StatusCodes.Status404NotFound, ConclusionPageTexts.NotFound, ConclusionTexts.NotFound, PageTexts.ToList, OrganizerPageModel.ListPath).ToResult(ModelState),
        Outcome<T>.Forbidden => new PageProblem(
            StatusCodes.Status403Forbidden, ConclusionPageTexts.Forbidden, ConclusionPageTexts.ForbiddenDetail, PageTexts.ToList, OrganizerPageModel.ListPath).ToResult(ModelState),
        Outcome<T>.Conflict c => new PageProblem(
            StatusCodes.Status409Conflict, ConclusionPageTexts.Conflict, c.Message, ConclusionPageTexts.Reload, PagePath(id)).ToResult(ModelState),
        Outcome<T>.Invalid i => new PageProblem(
            StatusCodes.Status409Conflict, ConclusionPageTexts.NotPossible, string.Join(' ', i.Errors.Select(e => e.Message).Distinct()),
            ConclusionPageTexts.ToConference, OrganizerPageModel.DetailsPath(id)).ToResult(ModelState),
        _ => throw new InvalidOperationException($"{outcome.GetType().Name} is not a refusal."),
    };

    /// <summary>The page again, with the errors at their fields and nothing the user typed lost.</summary>
    protected IActionResult Invalid(IEnumerable<ValidationError> errors)
    {
        Errors = new FormErrors(errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    protected LocalRedirectResult Done(Guid id, string notice) => LocalRedirect($"{PagePath(id)}?{ConclusionNotices.Query}={notice}");
}
