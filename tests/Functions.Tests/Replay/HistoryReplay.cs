using DurableTask.Core;
using DurableTask.Core.History;
using HdndWorkflow.TaskHub.Hosting;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging.Abstractions;

namespace HdndWorkflow.Functions.Tests.Replay;

/// <summary>
/// Replays a recorded history through the Durable Task Framework's own <see cref="TaskOrchestrationExecutor"/>, with
/// the orchestrator wrapped by the same shim factory and data converter as the app's worker: what the worker does
/// each time an instance wakes up. A decision that contradicts the history (another activity, another order) makes
/// the executor fail the orchestration with a <c>NonDeterministicOrchestrationException</c>.
/// </summary>
internal static class HistoryReplay
{
    private static readonly DurableTaskShimFactory Shims = new(new DurableTaskWorkerOptions { DataConverter = Payloads.Converter }, NullLoggerFactory.Instance);

    /// <summary>Replays <paramref name="past"/>, then plays <paramref name="arrived"/> as new, and returns what the orchestrator decides.</summary>
    public static OrchestratorExecutionResult Run(ITaskOrchestrator orchestrator, IEnumerable<HistoryEvent> past, IEnumerable<HistoryEvent> arrived)
    {
        var state = new OrchestrationRuntimeState([.. past]);
        foreach (var e in arrived)
        {
            state.AddEvent(e);
        }

        var shim = Shims.CreateOrchestration(state.Name, orchestrator);
        return new TaskOrchestrationExecutor(state, shim, BehaviorOnContinueAsNew.Carryover, ErrorPropagationMode.UseFailureDetails).Execute();
    }

    /// <summary>
    /// Replays the history turn by turn, as it was lived: for each turn, the turns before it as the past and its own
    /// waking events as new. Returns the turns where <paramref name="orchestrator"/> decides otherwise than the
    /// history records (none when today's orchestrator can carry on every instance that reached any point of it).
    /// </summary>
    public static IReadOnlyList<string> Divergences(Func<ITaskOrchestrator> orchestrator, IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        var turns = Turn.Split(history);
        var divergences = new List<string>();
        for (var i = 0; i < turns.Count; i++)
        {
            var decided = Run(orchestrator(), turns.Take(i).SelectMany(t => t.Events), turns[i].Arrived).Actions.Select(Turn.Describe).Order(StringComparer.Ordinal);
            var recorded = turns[i].Decided.Order(StringComparer.Ordinal);
            if (!decided.SequenceEqual(recorded))
            {
                divergences.Add($"turn {i}: recorded [{string.Join("; ", recorded)}], decided [{string.Join("; ", decided)}]");
            }
        }

        return divergences;
    }
}
