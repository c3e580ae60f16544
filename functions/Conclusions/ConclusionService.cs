using System.Security.Claims;
using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using HdndWorkflow.Functions.Conclusions.Drafting;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Identity;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions;

/// <summary>
/// What organizers and approvers do with a conference's conclusion, shared by the API and the pages: each change is
/// a decision of the <see cref="Conclusion"/> on the stored conclusion, saved with its ETag (a concurrent change is
/// reported, never overwritten), then announced to the orchestration in charge, which reloads the conclusion and sends
/// what the change calls for. Organizers of the council record, edit, submit and ask for corrections or the
/// withdrawal; approvers of the council decide.
/// </summary>
internal sealed partial class ConclusionService(
    ConclusionStore store, ConferenceStore conferences, ConclusionOpener opener, ConclusionDrafter drafter, DurableTaskClient workflows, TimeProvider time)
{
    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    /// <summary>The conclusion with its latest revision and the review comments, for an organizer or approver of the council.</summary>
    public async Task<Outcome<ConclusionView>> GetAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(user, id, Reader, cancellationToken);
        return loaded is Outcome<Loaded>.Done { Value: var l } ? await ViewAsync(l.Conclusion, cancellationToken) : Fail<ConclusionView>(loaded);
    }

    /// <summary>The timeline, from the invitations to the latest change.</summary>
    public async Task<Outcome<IReadOnlyList<TimelineEvent>>> TimelineAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(user, id, Reader, cancellationToken);
        return loaded is Outcome<Loaded>.Done { Value: var l }
            ? new Outcome<IReadOnlyList<TimelineEvent>>.Done(await store.ListEventsAsync(l.Conclusion.Council, id, cancellationToken))
            : Fail<IReadOnlyList<TimelineEvent>>(loaded);
    }

    /// <summary>Every revision's who, when and how.</summary>
    public async Task<Outcome<IReadOnlyList<RevisionSummary>>> RevisionsAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(user, id, Reader, cancellationToken);
        return loaded is Outcome<Loaded>.Done { Value: var l }
            ? new Outcome<IReadOnlyList<RevisionSummary>>.Done(await store.ListRevisionsAsync(l.Conclusion.Council, id, cancellationToken))
            : Fail<IReadOnlyList<RevisionSummary>>(loaded);
    }

    /// <summary>One revision, whole.</summary>
    public async Task<Outcome<ConclusionRevision>> RevisionAsync(ClaimsPrincipal user, ConferenceId id, int number, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(user, id, Reader, cancellationToken);
        if (loaded is not Outcome<Loaded>.Done { Value: var l })
        {
            return Fail<ConclusionRevision>(loaded);
        }

        return await store.GetRevisionAsync(l.Conclusion.Council, id, number, cancellationToken) is { } revision
            ? revision
            : new Outcome<ConclusionRevision>.NotFound();
    }

    private static bool Reader(ClaimsPrincipal user, CouncilId council) => user.CanOrganize(council) || user.CanApprove(council);

    private static bool Organizer(ClaimsPrincipal user, CouncilId council) => user.CanOrganize(council);

    private static bool Approver(ClaimsPrincipal user, CouncilId council) => user.CanApprove(council);

    /// <summary>
    /// The conference's conclusion for a user the check lets through, opened first if the conference is held and the
    /// workflow has not opened it yet. Not found when the conference does not exist or has no conclusion (not held).
    /// </summary>
    private async Task<Outcome<Loaded>> LoadAsync(
        ClaimsPrincipal user, ConferenceId id, Func<ClaimsPrincipal, CouncilId, bool> allowed, CancellationToken cancellationToken)
    {
        if (await conferences.GetHeaderAsync(id, cancellationToken) is not var (conference, _))
        {
            return new Outcome<Loaded>.NotFound();
        }

        if (!allowed(user, conference.Council.Id))
        {
            return new Outcome<Loaded>.Forbidden();
        }

        var found = await store.GetAsync(conference.Council.Id, id, cancellationToken);
        if (found is null && conference.Status == ConferenceStatus.Held)
        {
            found = await opener.OpenAsync(id, cancellationToken);
        }

        return found is var (conclusion, etag)
            ? new Loaded(conference, conclusion, etag)
            : conference.Status == ConferenceStatus.Held
                ? new Outcome<Loaded>.NotFound()
                : new Outcome<Loaded>.Invalid([new(ConclusionTexts.Status, ConclusionTexts.NotHeld)]);
    }

    /// <summary>
    /// Loads, checks the user, decides, saves against the ETag read; then tells the orchestration in charge (starting
    /// it first when the change hands the conclusion to a new one, for a correction or withdrawal).
    /// </summary>
    private async Task<Outcome<ConclusionView>> ChangeAsync(
        ClaimsPrincipal user,
        ConferenceId id,
        Func<ClaimsPrincipal, CouncilId, bool> allowed,
        string change,
        Func<Loaded, Task<Result<ConclusionUpdate>>> decide,
        CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(user, id, allowed, cancellationToken);
        if (loaded is not Outcome<Loaded>.Done { Value: var l })
        {
            return Fail<ConclusionView>(loaded);
        }

        var decision = await decide(l);
        if (!decision.IsSuccess)
        {
            // Refused because it is made already, perhaps by this very request sent once more after its first
            // attempt's announcement was lost: the refusal stands, and the workflow is told again (it only reloads).
            if (IsMade(change, l.Conclusion))
            {
                await EnsureRunningAsync(l.Conclusion, cancellationToken);
                await workflows.RaiseEventAsync(l.Conclusion.Instance, ConclusionChange.EventName, new ConclusionChange(change), cancellationToken);
            }

            return new Outcome<ConclusionView>.Invalid(decision.Errors);
        }

        var changed = decision.Value.Conclusion;
        try
        {
            await store.SaveAsync(decision.Value, l.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return new Outcome<ConclusionView>.Conflict(ConclusionTexts.ChangedMeanwhile);
        }

        await EnsureRunningAsync(changed, cancellationToken);
        await workflows.RaiseEventAsync(changed.Instance, ConclusionChange.EventName, new ConclusionChange(change), cancellationToken);
        return await ViewAsync(changed, cancellationToken);
    }

    // Whether the stored conclusion is where the change would take it: submitted (in review), approved (or published since).
    private static bool IsMade(string change, Conclusion conclusion) => change switch
    {
        ConclusionChange.Submitted => conclusion.Status == ConclusionStatus.InReview,
        ConclusionChange.Approved => conclusion.Status is ConclusionStatus.Approved or ConclusionStatus.Published,
        _ => false,
    };

    /// <summary>
    /// Starts the orchestration in charge if it is not there yet: that of a correction or withdrawal (a failure
    /// between saving the request and starting it is repaired by the next request or decision), or the first one when
    /// the conference's own orchestration, which normally hands over to it, has ended.
    /// </summary>
    private async Task EnsureRunningAsync(Conclusion conclusion, CancellationToken cancellationToken)
    {
        if (await workflows.GetInstanceAsync(conclusion.Instance, cancellation: cancellationToken) is not null)
        {
            return;
        }

        // The first instance is the conference workflow's to start, unless that workflow has ended without it (a
        // conference held before conclusions were part of the workflow, or one whose workflow failed).
        if (conclusion.Instance == ConclusionOrchestrator.InstanceId(conclusion.Conference)
            && await workflows.GetInstanceAsync(ConferenceService.InstanceId(conclusion.Conference), cancellation: cancellationToken) is { IsCompleted: false })
        {
            return;
        }

        try
        {
            await workflows.ScheduleNewOrchestrationInstanceAsync(
                nameof(ConclusionOrchestrator),
                new ConclusionRef(conclusion.Conference.Value, conclusion.Council.Value),
                new StartOrchestrationOptions(conclusion.Instance),
                cancellationToken);
        }
        catch (global::DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException)
        {
            // A concurrent request started it: it runs, which is what was needed.
        }
    }

    private async Task<ConclusionView> ViewAsync(Conclusion conclusion, CancellationToken cancellationToken)
    {
        var revision = conclusion.ShownRevision > 0
            ? store.GetRevisionAsync(conclusion.Council, conclusion.Conference, conclusion.ShownRevision, cancellationToken)
            : Task.FromResult<ConclusionRevision?>(null);
        var comments = store.ListCommentsAsync(conclusion.Council, conclusion.Conference, cancellationToken);
        return new ConclusionView(conclusion, await revision, await comments);
    }

    private static Outcome<T> Fail<T>(Outcome<Loaded> failed) => failed switch
    {
        Outcome<Loaded>.NotFound => new Outcome<T>.NotFound(),
        Outcome<Loaded>.Forbidden => new Outcome<T>.Forbidden(),
        Outcome<Loaded>.Invalid i => new Outcome<T>.Invalid(i.Errors),
        Outcome<Loaded>.Conflict c => new Outcome<T>.Conflict(c.Message),
        _ => throw new InvalidOperationException($"Not a failure: {failed}."),
    };

    private sealed record Loaded(Conference Conference, Conclusion Conclusion, ETag ETag);
}

/// <summary>A conclusion as its organizers and approvers see it: with the latest revision and the review comments.</summary>
internal sealed record ConclusionView(Conclusion Conclusion, ConclusionRevision? Current, IReadOnlyList<ReviewComment> Comments);
