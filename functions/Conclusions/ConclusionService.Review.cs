using System.Security.Claims;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences;

namespace HdndWorkflow.Functions.Conclusions;

/// <summary>The approvers' part, and the organizer's requests after publication.</summary>
internal sealed partial class ConclusionService
{
    /// <summary>Approves the revision under review; the workflow numbers the notice and publishes.</summary>
    public Task<Outcome<ConclusionView>> ApproveAsync(ClaimsPrincipal user, ConferenceId id, string? comment, int? revision, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Approver, ConclusionChange.Approved, l => Task.FromResult(l.Conclusion.Approve(Actor.Of(user), Now, comment, revision)), cancellationToken);

    /// <summary>Sends the draft back to the organizer with the approver's comments.</summary>
    public Task<Outcome<ConclusionView>> RequestChangesAsync(ClaimsPrincipal user, ConferenceId id, string? comment, int? revision, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Approver, "changes-requested",
            l => Task.FromResult(l.Conclusion.RequestChanges(Actor.Of(user), Now, comment ?? string.Empty, revision)), cancellationToken);

    /// <summary>
    /// Asks the approvers to correct the published article: <paramref name="edit"/> turns the published revision's
    /// article and notice into the corrected ones; <paramref name="note"/> is shown with the article once approved.
    /// </summary>
    public Task<Outcome<ConclusionView>> ProposeCorrectionAsync(
        ClaimsPrincipal user, ConferenceId id, Func<ArticleDraft, ConclusionNotice, (ArticleDraft, ConclusionNotice)> edit, string? note, int? baseRevision,
        CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Organizer, "correction-proposed", async l =>
        {
            if (l.Conclusion.Status != ConclusionStatus.Published)
            {
                return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.NotPublished);
            }

            var published = await store.GetRevisionAsync(l.Conclusion.Council, id, l.Conclusion.PublishedRevision, cancellationToken)
                ?? throw new InvalidOperationException($"Conclusion {id} has no revision {l.Conclusion.PublishedRevision}.");
            var (article, notice) = edit(published.Article, published.Notice);
            if (EditErrors(published.Article, article, published.Notice, notice) is { } refused)
            {
                return Result.Failure<ConclusionUpdate>(refused);
            }

            return l.Conclusion.ProposeCorrection(article, notice, note ?? string.Empty, Actor.Of(user), Now, round => Workflow.ConclusionOrchestrator.AmendmentInstanceId(id, round), baseRevision);
        }, cancellationToken);

    /// <summary>Asks the approvers to take the published article off the portal.</summary>
    public Task<Outcome<ConclusionView>> RequestWithdrawalAsync(ClaimsPrincipal user, ConferenceId id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Organizer, "withdrawal-requested",
            l => Task.FromResult(l.Conclusion.RequestWithdrawal(reason ?? string.Empty, Actor.Of(user), Now, round => Workflow.ConclusionOrchestrator.AmendmentInstanceId(id, round))),
            cancellationToken);

    /// <summary>An approver accepts or refuses the pending correction or withdrawal (a refusal needs a comment).</summary>
    public Task<Outcome<ConclusionView>> DecideAsync(
        ClaimsPrincipal user, ConferenceId id, ReviewKind kind, bool accept, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, Approver, accept ? $"{kind}-accepted".ToLowerInvariant() : $"{kind}-refused".ToLowerInvariant(), async l =>
        {
            var published = kind == ReviewKind.Withdrawal && accept
                ? await store.GetPublishedAsync(l.Conclusion.Council, id, cancellationToken)
                : null;
            return l.Conclusion.Decide(kind, accept, Actor.Of(user), Now, comment, published);
        }, cancellationToken);
}
