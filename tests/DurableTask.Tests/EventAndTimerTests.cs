namespace HdndWorkflow.DurableTask.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class EventAndTimerTests(AzuriteFixture azurite)
{
    private static void Register(DurableTaskRegistry r) => r
        .AddOrchestrator<Approval>().AddOrchestrator<Tally>().AddOrchestrator<Sleeper>().AddOrchestrator<WaitForever>();

    [Fact]
    public async Task WaitForExternalEvent_with_timeout_event_wins_and_the_timer_is_cancelled()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), 72);
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id, true))?.SerializedCustomStatus is not null);

        await hub.Client.RaiseEventAsync(id, "Decision", "đồng ý");
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<string>().Should().Be("decided: đồng ý");
        result.ReadCustomStatusAs<Dictionary<string, string>>()!["stage"].Should().Be("waiting");
    }

    [Fact]
    public async Task WaitForExternalEvent_with_timeout_timer_wins_when_the_clock_passes_the_deadline()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), 72);
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        hub.Clock.Advance(TimeSpan.FromHours(73));
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<string>().Should().Be("timed out");
    }

    [Fact]
    public async Task Events_raised_before_the_orchestrator_waits_are_buffered_in_order()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Tally), 3);

        foreach (var vote in new[] { 1, 10, 100 })
        {
            await hub.Client.RaiseEventAsync(id, "vote", vote);
        }

        (await hub.CompletionAsync(id)).ReadOutputAs<long>().Should().Be(111);
    }

    [Fact]
    public async Task An_event_that_reaches_a_worker_before_the_start_message_waits_for_the_instance()
    {
        await using var hub = await TestHub.StartAsync(azurite, r => r.AddOrchestrator<Tally>(), selfHosted: false);
        await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Tally), 1, new("som"));
        var start = (await hub.Worker.Storage.ControlQueueFor("som").ReceiveMessagesAsync())[0];

        await hub.Worker.ProcessAsync(new History.ControlMessage("som", new History.EventRaised("Vote", "5", "early")), 1, CancellationToken.None);
        await hub.Worker.ProcessAsync(Storage.ControlQueues.Read(start.Body), 1, CancellationToken.None);
        await TestHub.EventuallyAsync(async () =>
        {
            foreach (var message in await hub.Worker.Storage.ControlQueueFor("som").ReceiveMessagesAsync())
            {
                await hub.Worker.ProcessAsync(Storage.ControlQueues.Read(message.Body), message.DequeueCount, CancellationToken.None);
            }

            return (await hub.Client.GetInstanceAsync("som"))!.IsCompleted;
        });

        (await hub.Client.GetInstanceAsync("som", getInputsAndOutputs: true))!.ReadOutputAs<long>().Should().Be(5);
    }

    [Fact]
    public async Task An_event_for_an_instance_nobody_scheduled_is_dropped()
    {
        await using var hub = await TestHub.StartAsync(azurite, r => r.AddOrchestrator<Tally>(), selfHosted: false);

        await hub.Worker.ProcessAsync(new History.ControlMessage("khong-co", new History.EventRaised("Vote", "5", "x")), 1, CancellationToken.None);

        (await hub.Client.GetInstanceAsync("khong-co")).Should().BeNull();
        (await hub.Worker.Storage.ControlQueueFor("khong-co").GetApproximateMessageCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_thousand_events_raised_concurrently_are_each_applied_exactly_once()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Tally), 1000);
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await Parallel.ForEachAsync(Enumerable.Range(1, 1000), new ParallelOptions { MaxDegreeOfParallelism = 50 },
            async (i, ct) => await hub.Client.RaiseEventAsync(id, "Vote", i, ct));
        var result = await hub.CompletionAsync(id, seconds: 60);
        var history = (await hub.Client.GetInstanceAsync(id, includeHistory: true))!.History!;

        result.ReadOutputAs<long>().Should().Be(500_500);
        history.OfType<History.EventRaised>().Should().HaveCount(1000)
            .And.Subject.Select(e => e.MessageId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_durable_timer_of_three_days_fires_when_the_clock_reaches_it()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sleeper), 3);
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        var started = hub.Clock.GetUtcNow();

        await Task.Delay(1500);
        (await hub.Client.GetInstanceAsync(id))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
        hub.Clock.Advance(TimeSpan.FromDays(3));
        var result = await hub.CompletionAsync(id);

        result.ReadOutputAs<DateTime>().Should().BeOnOrAfter(started.UtcDateTime.AddDays(3).AddSeconds(-5));
    }

    [Fact]
    public async Task A_timer_longer_than_the_queue_visibility_limit_of_seven_days_is_re_armed_until_due()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sleeper), 30);
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        hub.Clock.Advance(TimeSpan.FromDays(10));
        await Task.Delay(2500);
        (await hub.Client.GetInstanceAsync(id))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
        hub.Clock.Advance(TimeSpan.FromDays(21));

        (await hub.CompletionAsync(id)).RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task Terminate_stops_a_waiting_instance_with_the_reason_as_output()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever));
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await hub.Client.TerminateInstanceAsync(id, "Hủy hội nghị");
        var result = await hub.CompletionAsync(id);

        result.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Terminated);
        result.ReadOutputAs<string>().Should().Be("Hủy hội nghị");
    }

    [Fact]
    public async Task A_suspended_instance_holds_its_events_until_resumed()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Tally), 1);
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await hub.Client.SuspendInstanceAsync(id, "kiểm tra");
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await hub.Client.RaiseEventAsync(id, "Vote", 7);
        await Task.Delay(500);
        var whileSuspended = await hub.Client.GetInstanceAsync(id);
        await hub.Client.ResumeInstanceAsync(id);
        var result = await hub.CompletionAsync(id);

        whileSuspended!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Suspended);
        result.ReadOutputAs<long>().Should().Be(7);
    }
}
