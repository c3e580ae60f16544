using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary><c>/hoi-nghi/tao-moi</c>: a new conference, saved as a draft of the user's council.</summary>
internal sealed class CreateModel(ConferenceService service, UserDirectory directory) : OrganizerPageModel
{
    [BindProperty]
    public ConferenceForm Form { get; set; } = new();

    /// <summary>The councils the user may plan for: an administrator's are all, an organizer's is his or her own.</summary>
    public IReadOnlyList<Council> Councils => User.IsAdministrator()
        ? [.. directory.Councils.OrderBy(c => c.Name, StringComparer.Ordinal)]
        : [.. new[] { User.Council() }.OfType<CouncilId>().Select(directory.FindCouncil).OfType<Council>()];

    public void OnGet() => Form = ConferenceForm.New(User.Council()?.Value ?? Councils.FirstOrDefault()?.Id.Value);

    /// <param name="them">Set by the "add a row" buttons: which list gets one more row (nothing is saved).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IActionResult> OnPostAsync(string? them, CancellationToken cancellationToken)
    {
        Form.WithRows();
        if (them is not null)
        {
            Form.AddRow(them);
            return Page();
        }

        var (council, councilError) = service.CouncilFor(User, Form.CouncilId);
        var (conference, errors) = ConferenceFormCheck.Check(Form, new ConferenceId(Guid.NewGuid()), council, withInvitees: true);
        if (conference is null || councilError is not null)
        {
            return Invalid([.. councilError is null ? [] : new[] { councilError }, .. errors]);
        }

        var outcome = await service.CreateAsync(User, conference with { Council = council! }, cancellationToken);
        return outcome switch
        {
            Outcome<Conference>.Done { Value: var created } => LocalRedirect($"{DetailsPath(created.Id.Value)}?{Notices.Query}={Notices.Created}"),
            Outcome<Conference>.Invalid invalid => Invalid(invalid.Errors.Select(Form.Translate)),
            _ => Refusal(outcome),
        };
    }
}
