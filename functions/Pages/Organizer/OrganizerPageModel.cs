using HdndWorkflow.Domain;
using HdndWorkflow.Functions.Conferences;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// The organizer's pages: signed in (the cookie), and every refusal of the service shown as a page of its own with
/// the matching status: 404, 403, 409; invalid input comes back as the page with the errors at their fields (400).
/// </summary>
[Authorize]
internal abstract class OrganizerPageModel : PageModel
{
    public const string ListPath = "/hoi-nghi";

    public FormErrors Errors { get; protected set; } = FormErrors.None;

    public static string DetailsPath(Guid id) => $"{ListPath}/{id:D}";

    /// <summary>The page for an outcome other than done or invalid.</summary>
    protected IActionResult Refusal<T>(Outcome<T> outcome, Guid? conference = null) => outcome switch
    {
        Outcome<T>.NotFound => new PageProblem(
            StatusCodes.Status404NotFound, PageTexts.ConferenceNotFound, PageTexts.ConferenceNotFoundDetail, PageTexts.ToList, ListPath).ToResult(ModelState),
        Outcome<T>.Forbidden => new PageProblem(
            StatusCodes.Status403Forbidden, PageTexts.Forbidden, PageTexts.ForbiddenDetail, PageTexts.ToList, ListPath).ToResult(ModelState),
        Outcome<T>.Conflict c => new PageProblem(
            StatusCodes.Status409Conflict, PageTexts.Conflict, c.Message, PageTexts.ReloadPage, conference is { } id ? DetailsPath(id) : ListPath).ToResult(ModelState),
        _ => throw new InvalidOperationException($"{outcome.GetType().Name} is not a refusal."),
    };

    /// <summary>The page again, with the errors at their fields and nothing the user typed lost.</summary>
    protected IActionResult Invalid(IEnumerable<ValidationError> errors)
    {
        Errors = new FormErrors(errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
