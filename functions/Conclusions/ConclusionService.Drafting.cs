using System.Security.Claims;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences;

namespace HdndWorkflow.Functions.Conclusions;

/// <summary>The organizer's part: the outcome, the draft's revisions and the submission.</summary>
internal sealed partial class ConclusionService
{
    /// <summary>
    /// Records the outcome of a held conference. Before the first draft the workflow drafts from it; afterwards the
    /// text is drafted again from the new outcome, as a new revision (edits made to the previous text are replaced).
    /// </summary>
    public Task<Outcome<ConclusionView>> RecordOutcomeAsync(
        ClaimsPrincipal user, ConferenceId id, Domain.Conclusions.Outcome outcome, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Organizer, "outcome-recorded", async l =>
        {
            var (conclusion, now, by) = (l.Conclusion, Now, Actor.Of(user));
            if (conclusion.Revision == 0 || !conclusion.IsEditable)
            {
                return conclusion.RecordOutcome(outcome, by, now);
            }

            var errors = outcome.Validate();
            if (errors.Count > 0)
            {
                return Result.Failure<ConclusionUpdate>(errors);
            }

            var draft = await drafter.DraftAsync(id, outcome, VietnamTime.ToLocal(now).Date, cancellationToken);
            return draft.IsSuccess
                ? conclusion.Revise(outcome, draft.Value.Article, draft.Value.Notice, RevisionKind.Redrafted, by, now)
                : Result.Failure<ConclusionUpdate>(draft.Errors);
        }, cancellationToken);

    /// <summary>
    /// A new revision of the text: <paramref name="edit"/> turns the latest revision's article and notice into the
    /// edited ones. <paramref name="baseRevision"/>, when given, must be the latest revision (the one edited).
    /// </summary>
    public Task<Outcome<ConclusionView>> EditDraftAsync(
        ClaimsPrincipal user, ConferenceId id, Func<ArticleDraft, ConclusionNotice, (ArticleDraft, ConclusionNotice)> edit, int? baseRevision, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Organizer, "draft-edited", async l =>
        {
            if (l.Conclusion.Revision == 0)
            {
                return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.NotDraftedYet);
            }

            var current = await store.GetRevisionAsync(l.Conclusion.Council, id, l.Conclusion.Revision, cancellationToken)
                ?? throw new InvalidOperationException($"Conclusion {id} has no revision {l.Conclusion.Revision}.");
            var (article, notice) = edit(current.Article, current.Notice);
            if (EditErrors(current.Article, article, current.Notice, notice) is { } refused)
            {
                return Result.Failure<ConclusionUpdate>(refused);
            }

            return l.Conclusion.Revise(current.Outcome, article, notice, RevisionKind.Edited, Actor.Of(user), Now, baseRevision);
        }, cancellationToken);

    /// <summary>What <see cref="DraftEditRules"/> find wrong with an edit of the article and the notice; null when nothing.</summary>
    private static List<ValidationError>? EditErrors(ArticleDraft article, ArticleDraft editedArticle, ConclusionNotice notice, ConclusionNotice editedNotice)
    {
        List<ValidationError> errors = [.. DraftEditRules.Check(article, editedArticle), .. DraftEditRules.Check(notice, editedNotice)];
        return errors.Count > 0 ? errors : null;
    }

    /// <summary>Sends the latest revision to the approvers (they get an e-mail with the review link).</summary>
    public Task<Outcome<ConclusionView>> SubmitAsync(ClaimsPrincipal user, ConferenceId id, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Organizer, ConclusionChange.Submitted, l => Task.FromResult(l.Conclusion.Submit(Actor.Of(user), Now, note)), cancellationToken);
}
