using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using static HdndWorkflow.TaskHub.Tests.Orchestrations.TestOrchestrations;

namespace HdndWorkflow.TaskHub.Tests;

/// <summary>Restart and rewind through the glue's client, on a running task hub.</summary>
[Collection(EngineCollection.Name)]
public sealed class RecoveryTests(EngineFixture engine)
{
    private DurableTaskClient Client => engine.Client;

    [Fact]
    public async Task Restarting_a_finished_instance_runs_it_again_under_its_id_with_the_same_input()
    {
        var id = EngineFixture.NewId("restart");
        await engine.RunAsync(Chain, "lại", id);

        (await Client.RestartAsync(id)).Should().Be(id);
        var again = await engine.WaitUntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed && i.CreatedAt > DateTimeOffset.MinValue, "completed again");

        again.ReadInputAs<string>().Should().Be("lại");
        again.ReadOutputAs<string>().Should().Be("lại một hai ba");
    }

    [Fact]
    public async Task Restarting_a_running_instance_under_its_id_is_refused_and_leaves_it_running()
    {
        var id = EngineFixture.NewId("restart-running");
        await Client.ScheduleNewOrchestrationInstanceAsync(Waiter, "đầu vào", new StartOrchestrationOptions(id));
        await engine.WaitUntilAsync(id, i => i.SerializedCustomStatus is not null, "waiting");

        var restart = () => Client.RestartAsync(id);

        await restart.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Running*");
        (await Client.GetInstanceAsync(id))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task Restarting_an_unknown_instance_is_an_argument_error()
    {
        var restart = () => Client.RestartAsync(EngineFixture.NewId("restart-unknown"));

        await restart.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Rewinding_a_failed_instance_runs_only_the_failed_activity_again_and_completes_it()
    {
        var id = EngineFixture.NewId("rewind");
        var failed = await engine.RunAsync(Flaky, 1, id);
        failed.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);

        await Client.RewindInstanceAsync(id, "sửa xong");
        var done = await engine.WaitUntilAsync(id, i => i.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed, "finished after the rewind");

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed, done.FailureDetails?.ToString());
        done.ReadOutputAs<string>().Should().Be("một hai: lần 2", "the activity that had succeeded kept its result; the failed one ran a second time");
    }

    [Fact]
    public async Task Rewinding_a_parent_whose_sub_orchestration_failed_rewinds_the_child_and_completes_both()
    {
        var id = EngineFixture.NewId("rewind-parent");
        (await engine.RunAsync(FlakyParent, 1, id)).RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);

        await Client.RewindInstanceAsync(id, "sửa xong");
        var done = await engine.WaitUntilAsync(id, i => i.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed, "finished after the rewind");

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed, done.FailureDetails?.ToString());
        done.ReadOutputAs<string>().Should().Be("con: một hai: lần 2");
        (await Client.GetInstanceAsync(ChildId(id)))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task Rewinding_an_instance_whose_retries_ran_out_is_refused_and_leaves_it_failed()
    {
        // The provider's rewind turns the failed attempts into GenericEvent rows but keeps the retry policy's timers,
        // which the replay would then meet with nothing to match them (NonDeterministicOrchestrationException).
        var id = EngineFixture.NewId("rewind-retries");
        var failed = await engine.RunAsync(Retrying, 3, id);
        failed.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);

        var rewind = () => Client.RewindInstanceAsync(id, "sửa xong");

        await rewind.Should().ThrowAsync<InvalidOperationException>().WithMessage("*retry policy*");
        var after = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        after!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Failed);
        after.FailureDetails!.ErrorMessage.Should().Contain("Attempt 3 fails on purpose", "the history is as it was");
    }

    [Fact]
    public async Task Rewinding_an_instance_that_has_not_failed_is_refused()
    {
        var id = EngineFixture.NewId("rewind-completed");
        await engine.RunAsync(Chain, "xong", id);

        var rewind = () => Client.RewindInstanceAsync(id, "không cần");

        await rewind.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Completed*");
    }
}
