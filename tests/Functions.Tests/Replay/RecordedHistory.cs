using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using FrameworkJson = DurableTask.Core.Serializing.JsonDataConverter;

namespace HdndWorkflow.Functions.Tests.Replay;

/// <summary>
/// Histories of real runs kept as fixtures in <c>Fixtures/</c>, in the Durable Task Framework's own JSON (each event
/// with its type name, as the framework serializes history events), so that they read back as <see cref="HistoryEvent"/>s.
/// </summary>
/// <remarks>
/// Recording is part of the end-to-end tests that run the scenarios (the conference's journey, the conclusion's
/// changes requested then approved): at their end they read the instance's stored history from the task hub and
/// assert that it replays, turn by turn, through today's orchestrator. That check always runs; with
/// <c>HDND_RECORD_HISTORIES=1</c> the same call also writes the history over the fixture in the source tree. The fresh
/// history is not compared with the fixture: its exact length depends on the wall clock (a timer waits at most
/// <c>Workflow:MaxTimerWait</c>, a few seconds in tests, before the orchestration looks at the test clock again).
/// </remarks>
internal static class RecordedHistory
{
    public const string Conference = "conference-orchestrator.history.json";
    public const string Conclusion = "conclusion-orchestrator.history.json";

    /// <summary>The fixture copied next to the tests.</summary>
    public static IReadOnlyList<HistoryEvent> Read(string fixture) =>
        FrameworkJson.Default.Deserialize<List<HistoryEvent>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)));

    /// <summary>
    /// Reads the stored history of <paramref name="instanceId"/>, asserts that <paramref name="orchestrator"/> replays
    /// it and, with <c>HDND_RECORD_HISTORIES=1</c>, writes it over <paramref name="fixture"/> in the source tree.
    /// </summary>
    public static async Task CheckAsync(IServiceProvider services, string instanceId, Func<ITaskOrchestrator> orchestrator, string fixture)
    {
        var history = await LoadAsync(services.GetRequiredService<IOrchestrationServiceClient>(), instanceId);
        history.OfType<ExecutionCompletedEvent>().Should().ContainSingle("the recorded run has ended");
        var json = FrameworkJson.Default.Serialize(history, formatted: true) + "\n"; // before the replay marks the events played
        HistoryReplay.Divergences(orchestrator, history).Should().BeEmpty("today's orchestrator replays the history it has just written");
        if (Environment.GetEnvironmentVariable("HDND_RECORD_HISTORIES") == "1")
        {
            await File.WriteAllTextAsync(Repository.PathOf("tests", "Functions.Tests", "Fixtures", fixture), json);
        }
    }

    // The provider hands the history out as JSON without type names; each event's EventType names its class.
    private static async Task<IReadOnlyList<HistoryEvent>> LoadAsync(IOrchestrationServiceClient client, string instanceId)
    {
        var state = await client.GetOrchestrationStateAsync(instanceId, executionId: null);
        var json = await client.GetOrchestrationHistoryAsync(instanceId, state.OrchestrationInstance.ExecutionId);
        return [.. JArray.Parse(json).Select(e => (HistoryEvent)e.ToObject(EventClass(e["EventType"]!.ToObject<EventType>()))!)];
    }

    private static Type EventClass(EventType type) =>
        typeof(HistoryEvent).Assembly.GetType($"{typeof(HistoryEvent).Namespace}.{type}Event", throwOnError: true)!;
}
