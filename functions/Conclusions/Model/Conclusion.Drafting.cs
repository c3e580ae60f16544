using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>The organizer's part: the outcome, the drafts and their revisions, the submission.</summary>
public sealed partial record Conclusion
{
    /// <summary>Whether the organizer may change the outcome or the text now.</summary>
    public bool IsEditable => Status is ConclusionStatus.Drafting or ConclusionStatus.ChangesRequested;

    /// <summary>
    /// Records the outcome before the first draft (the workflow then drafts from it). Once drafted, a changed outcome
    /// is a new revision instead: see <see cref="Revise"/>.
    /// </summary>
    public Result<ConclusionUpdate> RecordOutcome(Outcome outcome, Actor by, Instant now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!IsEditable || Revision > 0)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.EditOnlyDrafting);
        }

        var errors = outcome.Validate();
        return errors.Count > 0
            ? Result.Failure<ConclusionUpdate>(errors)
            : Result.Success((this with { Outcome = outcome }).Record((TimelineKind.OutcomeRecorded, now, by, null, null)));
    }

    /// <summary>The first draft, by the workflow, from the recorded outcome: revision 1.</summary>
    public Result<ConclusionUpdate> Draft(ArticleDraft article, ConclusionNotice notice, Instant now)
    {
        if (Revision > 0 || Outcome is null)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, Outcome is null ? ConclusionTexts.OutcomeMissing : ConclusionTexts.EditOnlyDrafting);
        }

        var revision = new ConclusionRevision(1, RevisionKind.Drafted, now, Actor.Workflow, Outcome, article, notice);
        return Result.Success((this with { Revision = 1 }).Record((TimelineKind.Drafted, now, Actor.Workflow, 1, null)) with { Revision = revision });
    }

    /// <summary>
    /// A new revision by the organizer: edited text, or text drafted again from a changed outcome. Refused while in
    /// review or after approval, and when <paramref name="baseRevision"/> (the revision the organizer edited) is not
    /// the latest: someone else saved meanwhile.
    /// </summary>
    public Result<ConclusionUpdate> Revise(
        Outcome outcome, ArticleDraft article, ConclusionNotice notice, RevisionKind kind, Actor by, Instant now, int? baseRevision = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!IsEditable)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.EditOnlyDrafting);
        }

        if (Revision == 0)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.NotDraftedYet);
        }

        if (baseRevision is { } seen && seen != Revision)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Revision, ConclusionTexts.StaleRevision);
        }

        var errors = outcome.Validate();
        if (errors.Count > 0)
        {
            return Result.Failure<ConclusionUpdate>(errors);
        }

        var number = Revision + 1;
        var revision = new ConclusionRevision(number, kind, now, by, outcome, article, notice);
        return Result.Success(
            (this with { Outcome = outcome, Revision = number }).Record((TimelineKind.Revised, now, by, number, null)) with { Revision = revision });
    }

    /// <summary>Drafting or changes requested → in review: the approvers are asked to decide on the latest revision.</summary>
    public Result<ConclusionUpdate> Submit(Actor by, Instant now, string? note = null)
    {
        if (!IsEditable)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.EditOnlyDrafting);
        }

        if (Revision == 0)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.NotDraftedYet);
        }

        if (Refused(note, ConclusionTexts.Note, ConclusionTexts.NoteLabel) is { } refused)
        {
            return Result.Failure<ConclusionUpdate>(refused);
        }

        var round = Rounds + 1;
        var submitted = this with
        {
            Status = ConclusionStatus.InReview,
            Rounds = round,
            Review = new ReviewRequest(round, ReviewKind.Draft, Revision, now, by, Clean(note)),
        };
        return Result.Success(submitted.Record((TimelineKind.Submitted, now, by, Revision, Clean(note))));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
