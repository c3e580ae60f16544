using HdndWorkflow.DurableTask.History;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ReliabilityTests(AzuriteFixture azurite)
{
    private static void Register(DurableTaskRegistry r) => r
        .AddOrchestrator<Tally>().AddOrchestrator<WaitForever>().AddOrchestrator<HelloSequence>().AddOrchestrator<LongChain>()
        .AddOrchestrator<FanOutFanIn>().AddActivity<SayHello>().AddActivity<Square>();

    [Fact]
    public async Task Two_workers_racing_on_one_instance_commit_one_step_each_and_lose_nothing()
    {
        var hubName = TestHub.NewHubName();
        await using var a = await TestHub.StartAsync(azurite, Register, hubName: hubName, selfHosted: false);
        await using var b = await TestHub.StartAsync(azurite, Register, hubName: hubName, selfHosted: false);
        const string id = "race";
        await a.Worker.ProcessAsync(new ControlMessage(id, new ExecutionStarted(nameof(Tally), "3", "e1")), 1, CancellationToken.None);

        // b commits first; a then steps from its stale cached state, loses the race, reloads and applies its event again.
        await b.Worker.ProcessAsync(new ControlMessage(id, new EventRaised("Vote", "1", "m1")), 1, CancellationToken.None);
        await a.Worker.ProcessAsync(new ControlMessage(id, new EventRaised("Vote", "10", "m2")), 1, CancellationToken.None);
        // Both at once, and a duplicate delivery of m1: exactly one step commits first, the other is applied after it.
        await Task.WhenAll(
            a.Worker.ProcessAsync(new ControlMessage(id, new EventRaised("Vote", "100", "m3")), 1, CancellationToken.None),
            b.Worker.ProcessAsync(new ControlMessage(id, new EventRaised("Vote", "1", "m1")), 2, CancellationToken.None));

        var instance = await a.Client.GetInstanceAsync(id, getInputsAndOutputs: true, includeHistory: true);
        instance!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        instance.ReadOutputAs<long>().Should().Be(111);
        instance.History!.OfType<EventRaised>().Select(e => e.MessageId).Should().BeEquivalentTo("m1", "m2", "m3");
        a.Worker.CommitConflicts.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_worker_recovering_from_an_older_copy_of_an_instance_does_not_show_its_older_status()
    {
        var hubName = TestHub.NewHubName();
        await using var a = await TestHub.StartAsync(azurite, Register, hubName: hubName, selfHosted: false);
        await using var b = await TestHub.StartAsync(azurite, Register, hubName: hubName, selfHosted: false);
        const string id = "cu";
        await a.Worker.ProcessAsync(new ControlMessage(id, new ExecutionStarted(nameof(Tally), "2", "e1")), 1, CancellationToken.None);
        await b.Worker.ProcessAsync(new ControlMessage(id, new EventRaised("Vote", "1", "m1")), 1, CancellationToken.None);
        await a.Worker.ProcessAsync(new ControlMessage(id, new EventRaised("Vote", "10", "m2")), 1, CancellationToken.None);

        // m1 comes back to b, which still holds the instance as it left it (one vote, running) and recovers from that.
        await b.Worker.ProcessAsync(new ControlMessage(id, new EventRaised("Vote", "1", "m1")), 2, CancellationToken.None);

        var instance = await a.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        instance!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        instance.ReadOutputAs<long>().Should().Be(11);
    }

    [Fact]
    public async Task A_history_that_the_orchestrator_no_longer_matches_fails_the_instance()
    {
        await using var hub = await TestHub.StartAsync(azurite,
            r => r.AddOrchestrator(nameof(HelloSequence), () => new Parent()).AddActivity<SayHello>());
        var store = new Storage.HistoryStore(hub.Tables.GetTableClient(hub.HubName + "History"));
        var fixture = ReplayTests.Fixture("hello-sequence.history.json");
        await store.CommitAsync("doi-code", default, new Storage.InstanceState(0, "7f6c1a0e2b7d4c39a1f0e5d2c3b4a596", 0, nameof(HelloSequence), OrchestrationRuntimeStatus.Running, fixture.Count), 0, fixture, CancellationToken.None);

        await hub.Client.RaiseEventAsync("doi-code", "Any");
        var result = await hub.CompletionAsync("doi-code");

        result.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        result.FailureDetails!.ErrorType.Should().Be(typeof(NonDeterministicOrchestrationException).FullName);
        result.FailureDetails.ErrorMessage.Should().Contain("records a call of activity 'SayHello' as task #0");
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_and_the_instance_shows_the_failure()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register, o => (o.MaxDequeueCount, o.ExtendedSessionsCacheSize) = (2, 0));
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever));
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        var history = hub.Tables.GetTableClient(hub.HubName + "History");
        var firstRow = (await history.QueryAsync(TableFilter.Create($"PartitionKey eq {id} and RowKey ne {"state"}")).ToListAsync())[0];
        firstRow["D0"] = "không phải JSON"u8.ToArray();
        await history.UpsertEntityAsync(firstRow, TableUpdateMode.Replace);

        await hub.Client.RaiseEventAsync(id, "Never", "x");
        var result = await hub.CompletionAsync(id);

        result.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        result.FailureDetails!.ErrorType.Should().Be("PoisonMessage");
        result.FailureDetails.ErrorMessage.Should().Contain("EventRaised message for this instance failed 2 times");
        (await hub.Worker.Storage.Poison.GetApproximateMessageCountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Replay_cost_stays_linear_for_a_long_history_and_a_cold_worker_replays_it_once()
    {
        var hubName = TestHub.NewHubName();
        long historyLength;
        string id;
        await using (var first = await TestHub.StartAsync(azurite, Register, hubName: hubName))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongChain), 1700);
            await TestHub.EventuallyAsync(async () => (await first.Client.GetInstanceAsync(id, true))?.SerializedCustomStatus == "\"waiting\"", seconds: 120);
            historyLength = (await first.Client.GetInstanceAsync(id, includeHistory: true))!.History!.Count;

            historyLength.Should().BeGreaterThan(5000);
            first.Worker.AppliedEvents.Should().BeLessThan(historyLength * 2, "each step applies only its new events");
        }

        await using var cold = await TestHub.StartAsync(azurite, Register, hubName: hubName);
        await cold.Client.RaiseEventAsync(id, "Done");
        var result = await cold.CompletionAsync(id, seconds: 60);

        result.ReadOutputAs<int>().Should().Be(1700);
        cold.Worker.AppliedEvents.Should().BeLessThan(historyLength + 100, "a cold worker replays the history once");
    }

    [Fact]
    public async Task Fan_out_of_1000_activities_applies_each_result_once_in_linear_work()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutFanIn), 1000);
        var result = await hub.CompletionAsync(id, seconds: 60);
        var history = (await hub.Client.GetInstanceAsync(id, includeHistory: true))!.History!;

        result.ReadOutputAs<long>().Should().Be(Enumerable.Range(1, 1000).Sum(i => (long)i * i));
        history.OfType<TaskCompleted>().Select(e => e.TaskId).Should().OnlyHaveUniqueItems().And.HaveCount(1000);
        hub.Worker.AppliedEvents.Should().BeLessThan(history.Count * 2);
    }
}

/// <summary>Calls an activity <c>input</c> times in sequence, then waits for "Done": a long history.</summary>
public sealed class LongChain : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        for (var i = 0; i < input; i++)
        {
            await context.CallActivityAsync<string>(nameof(SayHello), "x");
        }

        context.SetCustomStatus("waiting");
        await context.WaitForExternalEvent<object?>("Done");
        return input;
    }
}
