using HdndWorkflow.TaskHub.Tests.Orchestrations;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using static HdndWorkflow.TaskHub.Tests.Orchestrations.TestOrchestrations;

namespace HdndWorkflow.TaskHub.Tests;

/// <summary>Microsoft.DurableTask orchestrators and activities run on the Durable Task Framework worker through the glue.</summary>
[Collection(EngineCollection.Name)]
public sealed class OrchestrationTests(EngineFixture engine)
{
    [Fact]
    public async Task Activities_called_one_after_another_each_get_the_previous_result()
    {
        var done = await engine.RunAsync(Chain, "bắt đầu", EngineFixture.NewId("chain"));

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        done.ReadOutputAs<string>().Should().Be("bắt đầu một hai ba");
    }

    [Fact]
    public async Task Activities_fanned_out_in_parallel_are_all_gathered()
    {
        var done = await engine.RunAsync(FanOutFanIn, 10, EngineFixture.NewId("fan"));

        done.ReadOutputAs<int>().Should().Be(Enumerable.Range(1, 10).Sum(n => n * n));
    }

    [Fact]
    public async Task A_sub_orchestration_runs_under_the_instance_id_its_parent_gives_it()
    {
        var id = EngineFixture.NewId("parent");

        var done = await engine.RunAsync(Parent, "Kỳ họp", id);
        var child = await engine.Client.GetInstanceAsync(ChildId(id), getInputsAndOutputs: true);

        done.ReadOutputAs<string>().Should().Be("Kỳ họp một hai ba");
        child.Should().NotBeNull();
        child!.Name.Should().Be(Chain);
        child.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        child.ReadOutputAs<string>().Should().Be("Kỳ họp một hai ba");
    }

    [Fact]
    public async Task A_durable_timer_resumes_the_orchestration_after_its_due_time()
    {
        var done = await engine.RunAsync(DurableTimer, 3, EngineFixture.NewId("timer"));

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        // The provider hides the timer's message for whole seconds only (queue visibility), so it may fire up to 1 s early.
        done.ReadOutputAs<double>().Should().BeGreaterThanOrEqualTo(2).And.BeLessThan(30);
    }

    [Fact]
    public async Task An_external_event_raised_through_the_client_reaches_the_waiting_orchestration()
    {
        var id = EngineFixture.NewId("event");
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(Waiter, new StartOrchestrationOptions(id));
        await engine.WaitUntilAsync(id, i => i.SerializedCustomStatus is not null, "waiting for its event");

        await engine.Client.RaiseEventAsync(id, Answer, "Đồng ý");
        var done = await engine.WaitForCompletionAsync(id);

        done.ReadOutputAs<string>().Should().Be("Đồng ý");
    }

    [Fact]
    public async Task An_event_raised_before_the_orchestration_waits_for_it_is_kept_until_it_does()
    {
        var id = EngineFixture.NewId("buffered");
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(TwoEvents, new StartOrchestrationOptions(id));
        await engine.Client.WaitForInstanceStartAsync(id);

        // The orchestration waits for "First" only; "Second" arrives before anything waits for it.
        await engine.Client.RaiseEventAsync(id, "Second", "hai");
        await engine.Client.RaiseEventAsync(id, "First", "một");
        var done = await engine.WaitForCompletionAsync(id);

        done.ReadOutputAs<string>().Should().Be("một hai");
    }

    [Fact]
    public async Task When_no_event_comes_the_timer_wins_the_race()
    {
        var done = await engine.RunAsync(Race, 1, EngineFixture.NewId("race-timer"));

        done.ReadOutputAs<string>().Should().Be(TimedOut);
    }

    [Fact]
    public async Task When_the_event_comes_first_it_wins_the_race_and_the_timer_does_not_hold_the_orchestration()
    {
        var id = EngineFixture.NewId("race-event");
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(Race, 300, new StartOrchestrationOptions(id));
        await engine.Client.WaitForInstanceStartAsync(id);

        await engine.Client.RaiseEventAsync(id, Answer, "Có mặt");
        var done = await engine.WaitForCompletionAsync(id);

        done.ReadOutputAs<string>().Should().Be("Có mặt");
    }

    [Fact]
    public async Task An_activity_failure_reaches_the_orchestrator_as_TaskFailedException_with_its_details()
    {
        var done = await engine.RunAsync(Failing, true, EngineFixture.NewId("caught"));

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        done.ReadOutputAs<FailureSeen>().Should().Be(new FailureSeen(typeof(InvalidOperationException).FullName!, FailureMessage, CausedByInvalidOperation: true));
    }

    [Fact]
    public async Task An_unhandled_activity_failure_fails_the_instance_with_failure_details()
    {
        var done = await engine.RunAsync(Failing, false, EngineFixture.NewId("failed"));

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        done.FailureDetails.Should().NotBeNull();
        done.FailureDetails!.IsCausedBy<TaskFailedException>().Should().BeTrue(done.FailureDetails.ErrorType);
        done.FailureDetails.ErrorMessage.Should().Contain(FailureMessage);
        done.SerializedOutput.Should().BeNull("a failed instance's output is its failure, not a JSON payload");
    }

    [Fact]
    public async Task An_activity_with_a_retry_policy_is_retried_until_it_succeeds()
    {
        var done = await engine.RunAsync(Retrying, 2, EngineFixture.NewId("retry"));

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        done.ReadOutputAs<int>().Should().Be(3);
    }

    [Fact]
    public async Task An_activity_that_fails_more_often_than_its_retry_policy_allows_fails_the_instance()
    {
        var done = await engine.RunAsync(Retrying, 3, EngineFixture.NewId("retry-out"));

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        done.FailureDetails!.ErrorMessage.Should().Contain("Attempt 3 fails on purpose.");
    }
}
