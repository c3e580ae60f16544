using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conferences;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary><c>/hoi-nghi/{id}/sua</c>: edits a draft (everything but its invitees, which the conference page adds).</summary>
internal sealed class EditModel(ConferenceService service) : OrganizerPageModel
{
    [BindProperty]
    public ConferenceForm Form { get; set; } = new();

    public Conference? Conference { get; private set; }

    public IReadOnlyList<Council> Councils => Conference is null ? [] : [Conference.Council];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = ConferenceForm.From(Conference!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? them, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form.WithRows();
        Form.CouncilId = Conference!.Council.Id.Value;
        if (them is not null)
        {
            Form.AddRow(them);
            return Page();
        }

        var (conference, errors) = ConferenceFormCheck.Check(Form, new ConferenceId(id), Conference.Council, withInvitees: false);
        if (conference is null)
        {
            return Invalid(errors);
        }

        var outcome = await service.EditAsync(User, new ConferenceId(id), stored => conference with { Invitees = stored.Invitees }, cancellationToken);
        return outcome switch
        {
            Outcome<Conference>.Done => LocalRedirect($"{DetailsPath(id)}?{Notices.Query}={Notices.Edited}"),
            Outcome<Conference>.Invalid invalid => Invalid(invalid.Errors.Select(Form.Translate)),
            _ => Refusal(outcome, id),
        };
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await service.GetAsync(User, new ConferenceId(id), cancellationToken);
        if (outcome is not Outcome<ConferenceView>.Done { Value: var view })
        {
            return Refusal(outcome, id);
        }

        Conference = view.Conference;
        return null;
    }
}
