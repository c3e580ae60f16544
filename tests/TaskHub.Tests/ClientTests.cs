using HdndWorkflow.TaskHub.Client;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using static HdndWorkflow.TaskHub.Tests.Orchestrations.TestOrchestrations;

namespace HdndWorkflow.TaskHub.Tests;

/// <summary>The glue's <see cref="DurableTaskClient"/> over the framework's client, on a running task hub.</summary>
[Collection(EngineCollection.Name)]
public sealed class ClientTests(EngineFixture engine)
{
    private DurableTaskClient Client => engine.Client;

    [Fact]
    public async Task An_instance_read_without_payloads_shows_its_status_and_custom_status_but_no_input()
    {
        var id = EngineFixture.NewId("read");
        var started = DateTimeOffset.UtcNow;
        (await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, "đầu vào", new StartOrchestrationOptions(id))).Should().Be(id);
        await WaitUntilWaitingAsync(id);

        var instance = await Client.GetInstanceAsync(id, getInputsAndOutputs: false);

        instance.Should().NotBeNull();
        instance!.InstanceId.Should().Be(id);
        instance.Name.Should().Be(Waiter);
        instance.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
        instance.CreatedAt.Should().BeCloseTo(started, TimeSpan.FromMinutes(1));
        instance.SerializedInput.Should().BeNull();
        instance.SerializedCustomStatus.Should().Be($"\"{Waiting}\"");
    }

    [Fact]
    public async Task An_instance_read_with_payloads_shows_its_input_output_and_custom_status()
    {
        var id = EngineFixture.NewId("payloads");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, "đầu vào", new StartOrchestrationOptions(id));
        await WaitUntilWaitingAsync(id);
        await Client.RaiseEventAsync(id, Answer, "đầu ra");
        await engine.WaitForCompletionAsync(id);

        var instance = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        instance!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        instance.ReadInputAs<string>().Should().Be("đầu vào");
        instance.ReadOutputAs<string>().Should().Be("đầu ra");
        instance.ReadCustomStatusAs<string>().Should().Be(Waiting);
    }

    [Fact]
    public async Task An_unknown_instance_reads_as_null()
    {
        (await Client.GetInstanceAsync(EngineFixture.NewId("unknown"))).Should().BeNull();
    }

    [Fact]
    public async Task Starting_an_instance_id_that_is_still_running_is_refused()
    {
        var id = EngineFixture.NewId("twice");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));
        await WaitUntilWaitingAsync(id);

        var again = () => Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));

        await again.Should().ThrowAsync<OrchestrationAlreadyExistsException>();
    }

    [Fact]
    public async Task A_finished_instance_id_may_be_started_again()
    {
        var id = EngineFixture.NewId("again");
        await engine.RunAsync(Chain, "lần đầu", id);

        var second = await engine.RunAsync(Chain, "lần hai", id);

        second.ReadOutputAs<string>().Should().Be("lần hai một hai ba");
    }

    [Fact]
    public async Task Instances_are_listed_by_id_prefix_and_status_a_page_at_a_time()
    {
        var prefix = EngineFixture.NewId("list");
        var finished = Enumerable.Range(1, 3).Select(n => $"{prefix}-done-{n}").ToList();
        var waiting = Enumerable.Range(1, 2).Select(n => $"{prefix}-wait-{n}").ToList();
        await Task.WhenAll(finished.Select(id => engine.RunAsync(FanOutFanIn, 1, id)));
        foreach (var id in waiting)
        {
            await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));
            await WaitUntilWaitingAsync(id);
        }

        var pages = await Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, PageSize = 2 }).AsPages().ToListAsync();
        var running = await Client.GetAllInstancesAsync(
            new OrchestrationQuery { InstanceIdPrefix = prefix, Statuses = [OrchestrationRuntimeStatus.Running] }).ToListAsync();
        var completed = await Client.GetAllInstancesAsync(
            new OrchestrationQuery { InstanceIdPrefix = prefix, Statuses = [OrchestrationRuntimeStatus.Completed] }).ToListAsync();

        pages.Should().HaveCountGreaterThan(1).And.OnlyContain(page => page.Values.Count <= 2);
        pages[0].ContinuationToken.Should().NotBeNullOrEmpty();
        pages.SelectMany(page => page.Values).Select(i => i.InstanceId).Should().BeEquivalentTo(finished.Concat(waiting));
        running.Select(i => i.InstanceId).Should().BeEquivalentTo(waiting);
        completed.Select(i => i.InstanceId).Should().BeEquivalentTo(finished);
    }

    [Fact]
    public async Task Instances_read_by_id_in_one_go_show_status_custom_status_and_failure_and_skip_unknown_ids()
    {
        var waiting = EngineFixture.NewId("rows");
        var escaped = $"{EngineFixture.NewId("rows")}/con#1";
        var failed = EngineFixture.NewId("rows-failed");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(waiting));
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(escaped));
        await WaitUntilWaitingAsync(waiting);
        await WaitUntilWaitingAsync(escaped);
        await engine.RunAsync(Failing, false, failed);

        var read = await ((TaskHubClientShim)Client).GetInstancesByIdAsync([failed, EngineFixture.NewId("unknown"), waiting, escaped]);

        read.Select(i => i.InstanceId).Should().Equal(failed, waiting, escaped);
        read[1].RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
        read[1].Name.Should().Be(Waiter);
        read[1].SerializedCustomStatus.Should().Be($"\"{Waiting}\"");
        read[1].CreatedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2));
        read[2].RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running, "an id the provider escapes is read through DTFx");
        read[0].RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        read[0].FailureDetails!.ErrorMessage.Should().Contain(FailureMessage);
        read[0].SerializedInput.Should().BeNull();
    }

    [Fact]
    public async Task Key_ranges_side_by_side_list_every_instance_once_with_escaped_ids_and_payloads()
    {
        // Ids in every range below, one of them with characters the provider escapes in its keys; another test's
        // instances may sit between them.
        var run = Guid.NewGuid().ToString("N");
        var started = DateTimeOffset.UtcNow.AddSeconds(-5);
        var ids = new[] { $"0-{run}", $"4-{run}", $"a-{run}", $"Z-{run}", $"f-{run}", $"~-{run}", $"b-{run}/con#1?^" };
        foreach (var id in ids)
        {
            await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, "đầu vào", new StartOrchestrationOptions(id));
        }

        foreach (var id in ids)
        {
            await WaitUntilWaitingAsync(id);
        }

        var shim = (TaskHubClientShim)Client;
        var listed = new List<OrchestrationMetadata>();
        foreach (var (from, to) in new[] { ((string?)null, (string?)"5"), ("5", "b"), ("b", null) })
        {
            string? continuation = null;
            do
            {
                var page = await shim.GetInstancesInKeyRangeAsync(from, to, new OrchestrationQuery { PageSize = 2, FetchInputsAndOutputs = true, ContinuationToken = continuation });
                page.Values.Should().HaveCountLessThanOrEqualTo(2);
                listed.AddRange(page.Values);
                continuation = page.ContinuationToken;
            }
            while (continuation is not null);
        }

        var ours = listed.Where(i => i.InstanceId.Contains(run, StringComparison.Ordinal)).ToList();
        ours.Select(i => i.InstanceId).Should().BeEquivalentTo(ids).And.OnlyHaveUniqueItems();
        ours.Should().OnlyContain(i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running && i.Name == Waiter);
        ours.Select(i => i.ReadInputAs<string>()).Should().OnlyContain(input => input == "đầu vào");
        listed.Select(i => i.InstanceId).Should().OnlyHaveUniqueItems();
        var middle = (await shim.GetInstancesInKeyRangeAsync("5", "b", new OrchestrationQuery { PageSize = 1000 })).Values
            .Where(i => i.InstanceId.Contains(run, StringComparison.Ordinal)).ToList();
        middle.Select(i => i.InstanceId).Should().BeEquivalentTo([$"a-{run}", $"Z-{run}"], "'Z' sorts between '9' and 'a'");
        middle.Should().OnlyContain(i => i.SerializedInput == null && i.SerializedCustomStatus != null);
        (await OursAsync(new OrchestrationQuery { PageSize = 1000, Statuses = [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Running], CreatedFrom = started }))
            .Should().BeEquivalentTo(ids, "statuses and creation times filter within the range");
        (await OursAsync(new OrchestrationQuery { PageSize = 1000, Statuses = [OrchestrationRuntimeStatus.Completed] })).Should().BeEmpty();
        (await OursAsync(new OrchestrationQuery { PageSize = 1000, CreatedTo = started.AddMinutes(-1) })).Should().BeEmpty();
        (await OursAsync(new OrchestrationQuery { PageSize = 1000, CreatedFrom = started.AddMinutes(-1), CreatedTo = DateTimeOffset.UtcNow.AddMinutes(1) })).Should().HaveCount(ids.Length);
        await shim.Invoking(s => s.GetInstancesInKeyRangeAsync(null, null, new OrchestrationQuery { InstanceIdPrefix = "a" })).Should().ThrowAsync<ArgumentException>();

        async Task<List<string>> OursAsync(OrchestrationQuery query) =>
            [.. (await shim.GetInstancesInKeyRangeAsync(null, null, query)).Values.Select(i => i.InstanceId).Where(id => id.Contains(run, StringComparison.Ordinal))];
    }

    [Fact]
    public async Task A_suspended_instance_keeps_its_events_and_goes_on_when_resumed()
    {
        var id = EngineFixture.NewId("suspend");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));
        await WaitUntilWaitingAsync(id);

        await Client.SuspendInstanceAsync(id, "tạm dừng");
        await engine.WaitUntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Suspended, "suspended");
        await Client.RaiseEventAsync(id, Answer, "khi tạm dừng");
        await Client.ResumeInstanceAsync(id, "tiếp tục");
        var done = await engine.WaitForCompletionAsync(id);

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        done.ReadOutputAs<string>().Should().Be("khi tạm dừng");
    }

    [Fact]
    public async Task Terminating_ends_a_running_instance_with_the_given_output()
    {
        var id = EngineFixture.NewId("terminate");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));
        await WaitUntilWaitingAsync(id);

        await Client.TerminateInstanceAsync(id, new TerminateInstanceOptions(Output: "Dừng lại"));
        var done = await engine.WaitForCompletionAsync(id);

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Terminated);
        done.ReadOutputAs<string>().Should().Be("Dừng lại");
    }

    [Fact]
    public async Task Purging_a_running_instance_is_refused_and_purging_a_finished_one_removes_it()
    {
        var id = EngineFixture.NewId("purge");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));
        await WaitUntilWaitingAsync(id);

        var whileRunning = () => Client.PurgeInstanceAsync(id);
        await whileRunning.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Running*");
        await Client.TerminateInstanceAsync(id);
        await engine.WaitForCompletionAsync(id);
        var purged = await Client.PurgeInstanceAsync(id);

        purged.PurgedInstanceCount.Should().Be(1);
        (await Client.GetInstanceAsync(id)).Should().BeNull();
    }

    [Fact]
    public async Task Purging_by_filter_removes_only_instances_created_in_the_window_with_the_given_status()
    {
        var from = DateTimeOffset.UtcNow;
        var prefix = EngineFixture.NewId("filter");
        var finished = new[] { $"{prefix}-1", $"{prefix}-2" };
        await Task.WhenAll(finished.Select(id => engine.RunAsync(FanOutFanIn, 1, id)));
        var running = $"{prefix}-running";
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(running));
        await WaitUntilWaitingAsync(running);

        var purged = await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(from, DateTimeOffset.UtcNow, [OrchestrationRuntimeStatus.Completed]));

        purged.PurgedInstanceCount.Should().Be(2);
        foreach (var id in finished)
        {
            (await Client.GetInstanceAsync(id)).Should().BeNull();
        }

        (await Client.GetInstanceAsync(running)).Should().NotBeNull();
    }

    [Fact]
    public async Task Waiting_for_start_returns_once_an_instance_scheduled_for_later_runs()
    {
        var id = EngineFixture.NewId("later");
        var startAt = DateTimeOffset.UtcNow.AddSeconds(3);
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id, startAt));

        var before = await Client.GetInstanceAsync(id);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var started = await Client.WaitForInstanceStartAsync(id, cancellation: timeout.Token);

        before!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Pending);
        started.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
        // The provider delays the start message for whole seconds only (queue visibility), so up to 1 s early.
        DateTimeOffset.UtcNow.Should().BeOnOrAfter(startAt.AddSeconds(-1));
    }

    [Fact]
    public async Task Waiting_for_completion_that_is_cancelled_throws_OperationCanceledException()
    {
        var id = EngineFixture.NewId("cancel");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var wait = () => Client.WaitForInstanceCompletionAsync(id, cancellation: cancelled.Token);

        await wait.Should().ThrowAsync<OperationCanceledException>();
    }

    private Task WaitUntilWaitingAsync(string id) =>
        engine.WaitUntilAsync(id, i => i.SerializedCustomStatus is not null, "waiting for its event");
}
