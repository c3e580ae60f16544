using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Workflow;

/// <summary>Reads the stored conference for the orchestration's next decision.</summary>
internal sealed class LoadConferencePlan(ConferenceStore store, Functions.Workflow.WorkflowClock clock) : TaskActivity<ConferenceRef, ConferencePlan>
{
    public override async Task<ConferencePlan> RunAsync(TaskActivityContext context, ConferenceRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var id = input.ConferenceId;
        var (conference, _) = await store.GetHeaderAsync(id, CancellationToken.None)
            ?? throw new InvalidOperationException($"Conference {id} does not exist.");
        // The orchestration only asks "any?" and "more than ShardAbove?" of both: counting further would read every
        // invitation's key at each reload, and reloads come with every change (each deputy named, among others).
        var invitations = await store.CountInvitationsAsync(id, null, ConferenceOrchestrator.ShardAbove + 1, CancellationToken.None);
        var pending = await store.CountInvitationsAsync(id, ConferenceStore.NotSent(conference.Revision), ConferenceOrchestrator.ShardAbove + 1, CancellationToken.None);
        return new ConferencePlan(ConferenceDocument.From(conference), invitations, pending, clock.Read());
    }
}
