using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conferences;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// The draft's text edited by the organizer: before approval, a new revision of the draft (<see cref="DraftModel"/>);
/// after publication, a correction with its note for the approvers (<see cref="CorrectionModel"/>).
/// </summary>
internal abstract class DraftPageModel(ConclusionService service) : ConclusionPageModel
{
    [BindProperty]
    public DraftForm Form { get; set; } = new();

    public ConclusionView View { get; private set; } = null!;

    public Guid Id => View.Conclusion.Conference.Value;

    public abstract bool IsCorrection { get; }

    /// <summary>
    /// Whether the conclusion is in the state this page edits. A correction, as the service allows it: published, no
    /// request pending, and no accepted correction still waiting to be published.
    /// </summary>
    public bool CanEdit => IsCorrection
        ? View.Conclusion is { Status: ConclusionStatus.Published, Review: null } c && c.ApprovedRevision == c.PublishedRevision
        : View.Conclusion.IsEditable && View.Conclusion.Revision > 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var number = IsCorrection ? View.Conclusion.PublishedRevision : View.Conclusion.Revision;
        if (CanEdit && await service.RevisionAsync(User, new ConferenceId(id), number, cancellationToken) is Outcome<ConclusionRevision>.Done { Value: var r })
        {
            Form = DraftForm.From(View.Conclusion.Revision, r.Article, r.Notice);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Form.Check() is { Count: > 0 } errors)
        {
            return Invalid(errors);
        }

        var conference = new ConferenceId(id);
        var outcome = IsCorrection
            ? await service.ProposeCorrectionAsync(User, conference, Form.Apply, Form.Note, Form.BaseRevision, cancellationToken)
            : await service.EditDraftAsync(User, conference, Form.Apply, Form.BaseRevision, cancellationToken);
        return outcome switch
        {
            Outcome<ConclusionView>.Done => Done(id, IsCorrection ? ConclusionNotices.CorrectionProposed : ConclusionNotices.DraftEdited),
            Outcome<ConclusionView>.Invalid invalid => Invalid(invalid.Errors),
            _ => Refusal(outcome, id),
        };
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await service.GetAsync(User, new ConferenceId(id), cancellationToken);
        if (view is not Outcome<ConclusionView>.Done { Value: var v })
        {
            return Refusal(view, id);
        }

        View = v;
        return null;
    }
}

/// <summary><c>/hoi-nghi/{id}/ket-luan/du-thao</c>: the organizer edits the draft; saved as a new revision.</summary>
internal sealed class DraftModel(ConclusionService service) : DraftPageModel(service)
{
    public override bool IsCorrection => false;
}

/// <summary><c>/hoi-nghi/{id}/ket-luan/dinh-chinh</c>: the organizer proposes a correction of the published article.</summary>
internal sealed class CorrectionModel(ConclusionService service) : DraftPageModel(service)
{
    public override bool IsCorrection => true;
}
