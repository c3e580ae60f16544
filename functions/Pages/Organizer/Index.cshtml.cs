using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary><c>/hoi-nghi</c>: the conferences of the user's council (all councils for an administrator), newest first.</summary>
internal sealed class IndexModel(ConferenceService service) : OrganizerPageModel
{
    public IReadOnlyList<Conference> Conferences { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await service.ListAsync(User, cancellationToken);
        if (outcome is Outcome<IReadOnlyList<Conference>>.Forbidden)
        {
            return new PageProblem(StatusCodes.Status403Forbidden, PageTexts.NoCouncil, PageTexts.NoCouncilDetail).ToResult(ModelState);
        }

        if (outcome is not Outcome<IReadOnlyList<Conference>>.Done { Value: var conferences })
        {
            return Refusal(outcome);
        }

        Conferences = conferences;
        CanCreate = User.IsAdministrator() || User.IsInRole(Roles.Organizer);
        return Page();
    }
}
