using System.Text.Json;
using HdndWorkflow.DurableTask.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HdndWorkflow.DurableTask.Execution;

/// <summary>
/// Replays a stored history against today's orchestrator code, as a worker does when it picks an instance up after a
/// deployment: the way to prove, in a test, that a change to an orchestrator leaves the instances already running able
/// to go on. Activities are not run; their recorded results are.
/// </summary>
public static class OrchestrationReplay
{
    /// <summary>
    /// Replays <paramref name="history"/>, recorded by instance <paramref name="instanceId"/> (an orchestrator may decide
    /// by its id), with the orchestrators of <paramref name="registry"/>; throws
    /// <see cref="NonDeterministicOrchestrationException"/> when the code no longer takes the recorded actions.
    /// </summary>
    public static ReplayedOrchestration Replay(
        DurableTaskRegistry registry, string instanceId, IReadOnlyList<HistoryEvent> history, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentNullException.ThrowIfNull(history);
        var environment = new TaskHubEnvironment(
            registry, services ?? new ServiceCollection().BuildServiceProvider(), new DataConverter(), NullLoggerFactory.Instance, TimeProvider.System);
        var execution = new OrchestrationExecution(instanceId, environment);
        execution.Replay(history);
        return new ReplayedOrchestration(execution.Status, execution.CustomStatus, [.. execution.OutstandingActions]);
    }

    /// <summary>A history as the engine stores it and the management API's <c>showHistory</c> lists it (JSON array).</summary>
    public static IReadOnlyList<HistoryEvent> ReadHistory(string json) =>
        JsonSerializer.Deserialize(json, HistoryJson.Default.ListHistoryEvent) ?? throw new JsonException("The history is empty.");

    /// <summary>A history as JSON, in the form <see cref="ReadHistory"/> reads (to record a fixture).</summary>
    public static string WriteHistory(IReadOnlyList<HistoryEvent> history) =>
        JsonSerializer.Serialize([.. history], HistoryJson.Default.ListHistoryEvent);
}

/// <summary>Where a replayed orchestration stands: its status, custom status (JSON) and the actions it awaits.</summary>
public sealed record ReplayedOrchestration(OrchestrationRuntimeStatus Status, string? CustomStatus, IReadOnlyList<ActionEvent> Outstanding);
