using System.Text.Json;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HdndWorkflow.DurableTask.Tests;

/// <summary>Replays stored histories: the orchestrator that wrote one replays it; a changed one is caught.</summary>
public sealed class ReplayTests
{
    internal static List<HistoryEvent> Fixture(string name) =>
        JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), HistoryJson.Default.ListHistoryEvent)!;

    private static OrchestrationExecution Execution(Action<DurableTaskRegistry> register)
    {
        var registry = new DurableTaskRegistry();
        register(registry);
        var environment = new TaskHubEnvironment(registry, new ServiceCollection().BuildServiceProvider(), new DataConverter(), NullLoggerFactory.Instance, TimeProvider.System);
        return new OrchestrationExecution("replay", environment);
    }

    [Fact]
    public void The_orchestrator_that_wrote_a_history_replays_it_to_the_same_state()
    {
        var execution = Execution(r => r.AddOrchestrator<HelloSequence>());

        execution.Replay(Fixture("hello-sequence.history.json"));

        execution.Status.Should().Be(OrchestrationRuntimeStatus.Running);
        execution.CurrentUtcDateTime.Should().Be(new DateTime(2026, 11, 1, 1, 0, 1, DateTimeKind.Utc));
        execution.OutstandingActions.Should().ContainSingle().Which.Should().Be(new TaskScheduled(1, nameof(SayHello), "\"Huế\""));
    }

    [Fact]
    public void A_replayed_execution_continues_from_where_the_history_ends()
    {
        var execution = Execution(r => r.AddOrchestrator<HelloSequence>());
        execution.Replay(Fixture("hello-sequence.history.json"));

        var added = execution.RunEpisode(new DateTime(2026, 11, 1, 1, 0, 2, DateTimeKind.Utc), [new TaskCompleted(1, "\"Xin chào Huế\"")]);

        added.OfType<TaskScheduled>().Should().ContainSingle().Which.Input.Should().Be("\"Cần Thơ\"");
    }

    [Fact]
    public void A_changed_orchestrator_fails_replay_with_a_clear_non_determinism_error()
    {
        var execution = Execution(r => r.AddOrchestrator(nameof(HelloSequence), () => new HelloSequenceChanged()));

        var act = () => execution.Replay(Fixture("hello-sequence.history.json"));

        act.Should().Throw<NonDeterministicOrchestrationException>()
            .WithMessage("*records a call of activity 'SayHello' as task #0*now takes a call of activity 'Square'*");
    }

    [Fact]
    public void An_orchestrator_that_no_longer_calls_an_activity_fails_replay()
    {
        var execution = Execution(r => r.AddOrchestrator(nameof(HelloSequence), () => new ThrowingOrchestrator()));

        var act = () => execution.Replay(Fixture("hello-sequence.history.json"));

        act.Should().Throw<NonDeterministicOrchestrationException>().WithMessage("*does not take it*");
    }

    /// <summary>HelloSequence after someone changed which activity it calls first.</summary>
    private sealed class HelloSequenceChanged : TaskOrchestrator<string[], int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, string[] input) =>
            (int)await context.CallActivityAsync<long>(nameof(Square), input.Length);
    }
}
