using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions;
using HdndWorkflow.Functions.Conferences;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// <c>/hoi-nghi/{id}/ket-luan/ket-qua</c>: the organizer records or changes the outcome of a held conference; the
/// drafts are written from it (a changed outcome after drafting is drafted again, as a new revision).
/// </summary>
internal sealed class OutcomeModel(ConclusionService conclusions, ConferenceService conferences) : ConclusionPageModel
{
    [BindProperty]
    public OutcomeForm Form { get; set; } = new();

    public Conference Conference { get; private set; } = null!;

    public ConclusionView View { get; private set; } = null!;

    public Guid Id => Conference.Id.Value;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = View.Conclusion.Outcome is { } outcome ? OutcomeForm.From(outcome, Conference.CoChairs) : OutcomeForm.New();
        return Page();
    }

    /// <param name="id">The conference.</param>
    /// <param name="them">Set by "Thêm dòng số liệu": the page again with more rows, nothing saved.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IActionResult> OnPostAsync(Guid id, string? them, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (them is not null)
        {
            Form.WithRows(blank: 3);
            return Page();
        }

        var (outcome, errors) = Form.ToOutcome(Conference.CoChairs);
        if (outcome is null)
        {
            Form.WithRows();
            return Invalid(errors);
        }

        var recorded = await conclusions.RecordOutcomeAsync(User, new ConferenceId(id), outcome, cancellationToken);
        switch (recorded)
        {
            case Outcome<ConclusionView>.Done:
                return Done(id, ConclusionNotices.OutcomeRecorded);
            case Outcome<ConclusionView>.Invalid invalid:
                Form.WithRows();
                return Invalid(invalid.Errors);
            default:
                return Refusal(recorded, id);
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await conclusions.GetAsync(User, new ConferenceId(id), cancellationToken);
        if (view is not Outcome<ConclusionView>.Done { Value: var v })
        {
            return Refusal(view, id);
        }

        var conference = await conferences.GetAsync(User, new ConferenceId(id), cancellationToken);
        if (conference is not Outcome<ConferenceView>.Done { Value: var c })
        {
            return Refusal(conference, id);
        }

        (View, Conference) = (v, c.Conference);
        return null;
    }
}
