using HdndWorkflow.DurableTask.History;

namespace HdndWorkflow.DurableTask.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ClientTests(AzuriteFixture azurite)
{
    private static void Register(DurableTaskRegistry r) => r
        .AddOrchestrator<HelloSequence>().AddOrchestrator<WaitForever>().AddOrchestrator<ThrowingOrchestrator>()
        .AddActivity<SayHello>();

    [Fact]
    public async Task Scheduling_an_id_that_is_running_is_refused_and_a_finished_one_starts_afresh()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var waiting = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever), options: new("hoi-nghi-1"));
        await TestHub.EventuallyAsync(async () => (await hub.Client.GetInstanceAsync(waiting))?.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        var again = () => hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { "x" }, new("hoi-nghi-1"));
        (await again.Should().ThrowAsync<OrchestrationAlreadyExistsException>()).Which.Message.Should().Contain("'hoi-nghi-1'").And.Contain("Running");

        await hub.Client.TerminateInstanceAsync(waiting, "xong");
        await hub.CompletionAsync(waiting);
        await again();
        var rerun = await hub.CompletionAsync("hoi-nghi-1");

        rerun.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        rerun.ReadOutputAs<List<string>>().Should().Equal("Xin chào x");
        var history = (await hub.Client.GetInstanceAsync("hoi-nghi-1", includeHistory: true))!.History!;
        history.OfType<ExecutionStarted>().Should().ContainSingle().Which.Name.Should().Be(nameof(HelloSequence));
    }

    [Fact]
    public async Task Query_filters_by_status_prefix_and_creation_time_and_pages_with_continuation()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var before = hub.Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { "a" }, new($"giao-ban-{i}"));
        }

        await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever), options: new("chuyen-de-1"));
        await TestHub.EventuallyAsync(async () =>
            (await hub.Client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed] }).ToListAsync()).Count == 5);

        var firstPage = await hub.Client.QueryInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "giao-ban-", PageSize = 2 });
        var all = await hub.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "giao-ban-", PageSize = 2, FetchInputsAndOutputs = true }).ToListAsync();
        var running = await hub.Client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending] }).ToListAsync();
        var future = await hub.Client.GetAllInstancesAsync(new OrchestrationQuery { CreatedFrom = before.AddHours(1) }).ToListAsync();
        var inRange = await hub.Client.GetAllInstancesAsync(new OrchestrationQuery { CreatedFrom = before.AddMinutes(-1), CreatedTo = before.AddHours(1) }).ToListAsync();

        firstPage.Instances.Should().HaveCount(2);
        firstPage.ContinuationToken.Should().NotBeNull();
        firstPage.Instances.Should().OnlyContain(i => i.SerializedOutput == null);
        all.Select(i => i.InstanceId).Should().BeEquivalentTo(Enumerable.Range(0, 5).Select(i => $"giao-ban-{i}"));
        all.Should().OnlyContain(i => i.ReadOutputAs<List<string>>()![0] == "Xin chào a");
        running.Should().ContainSingle().Which.InstanceId.Should().Be("chuyen-de-1");
        future.Should().BeEmpty();
        inRange.Should().HaveCount(6);
    }

    [Fact]
    public async Task Purge_removes_finished_instances_and_keeps_running_ones()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var done = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { "a" });
        var failed = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThrowingOrchestrator), "a");
        var running = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever));
        await hub.CompletionAsync(done);
        await hub.CompletionAsync(failed);

        (await hub.Client.PurgeInstanceAsync(running)).PurgedInstanceCount.Should().Be(0);
        (await hub.Client.PurgeInstanceAsync(done)).PurgedInstanceCount.Should().Be(1);
        (await hub.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(Statuses: [OrchestrationRuntimeStatus.Failed]))).PurgedInstanceCount.Should().Be(1);

        (await hub.Client.GetInstanceAsync(done)).Should().BeNull();
        (await hub.Client.GetInstanceAsync(failed)).Should().BeNull();
        (await hub.Client.GetInstanceAsync(running)).Should().NotBeNull();
        (await hub.Tables.GetTableClient(hub.HubName + "History").QueryAsync(HdndWorkflow.Storage.Tables.TableFilter.Create($"PartitionKey eq {done}")).ToListAsync())
            .Should().BeEmpty();
    }

    [Fact]
    public async Task GetInstance_with_history_shows_every_step()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { "a", "b" });
        await hub.CompletionAsync(id);

        var instance = await hub.Client.GetInstanceAsync(id, includeHistory: true);

        instance!.History!.Select(e => e.GetType().Name).Should().Equal(
            "OrchestratorStarted", "ExecutionStarted", "TaskScheduled",
            "OrchestratorStarted", "TaskCompleted", "TaskScheduled",
            "OrchestratorStarted", "TaskCompleted", "ExecutionCompleted");
    }

    [Fact]
    public async Task Oversize_inputs_and_events_are_refused_before_anything_is_stored()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);
        var big = new string('đ', 30_000);

        var schedule = () => hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { big }, new("qua-lon"));
        var raise = () => hub.Client.RaiseEventAsync("qua-lon", "E", big);

        (await schedule.Should().ThrowAsync<ArgumentException>()).WithMessage("The input of orchestration 'qua-lon' is 60,004 bytes*the most is 45,000*");
        await raise.Should().ThrowAsync<ArgumentException>().WithMessage("The payload of event 'E'*");
        (await hub.Client.GetInstanceAsync("qua-lon")).Should().BeNull();
    }

    [Fact]
    public async Task Invalid_instance_ids_are_refused()
    {
        await using var hub = await TestHub.StartAsync(azurite, Register);

        var act = () => hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), options: new("a/b"));

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("instanceId contains '/'*");
    }
}
