using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.DurableTask.Storage;

namespace HdndWorkflow.DurableTask.Worker;

public sealed partial class TaskHubWorker
{
    /// <summary>
    /// Carries out what a committed step decided: runs its activities, sends its timers, starts its sub-orchestrations,
    /// tells the parent when the instance finished, and updates the Instances table when what clients see changed.
    /// A crash before this ends is repaired by <see cref="RecoverAsync"/> when the step's message comes back.
    /// </summary>
    private async Task AfterCommitAsync(InstanceSession session, OrchestrationExecution execution, List<HistoryEvent> added, (OrchestrationRuntimeStatus Status, string? CustomStatus) before)
    {
        var sends = new List<Task>();
        foreach (var action in added.OfType<ActionEvent>())
        {
            sends.Add(CarryOutAsync(session, execution, action));
        }

        if (execution.IsFinished && added.OfType<ExecutionCompleted>().Any())
        {
            sends.Add(NotifyParentAsync(execution));
            Logs.InstanceFinished(_logger, session.InstanceId, execution.Status);
        }

        if (before.Status != execution.Status || before.CustomStatus != execution.CustomStatus || added.OfType<ExecutionStarted>().Any())
        {
            sends.Add(UpdateIndexAsync(session, execution));
        }

        await Task.WhenAll(sends);
    }

    /// <summary>
    /// Repairs what a crash between a commit and its effects may have left undone, when a message comes back: runs
    /// the activities without a result, re-sends the timers that have not fired, starts the sub-orchestrations again
    /// (each is idempotent), tells the parent again, and rewrites the Instances row.
    /// </summary>
    private async Task RecoverAsync(InstanceSession session, OrchestrationExecution execution)
    {
        var sends = execution.OutstandingActions.Select(action => CarryOutAsync(session, execution, action)).ToList();
        if (execution.IsFinished)
        {
            sends.Add(NotifyParentAsync(execution));
        }

        sends.Add(UpdateIndexAsync(session, execution));
        await Task.WhenAll(sends);
    }

    private Task CarryOutAsync(InstanceSession session, OrchestrationExecution execution, ActionEvent action)
    {
        switch (action)
        {
            case TaskScheduled scheduled when !execution.IsFinished:
                Dispatch(session, execution.ExecutionId, scheduled);
                return Task.CompletedTask;
            case TimerCreated timer when !execution.IsFinished:
                var delay = timer.FireAt - _environment.Time.GetUtcNow().UtcDateTime;
                return _queues.SendAsync(new ControlMessage(session.InstanceId, new TimerFired(timer.TaskId, timer.FireAt), execution.ExecutionId), Min(delay, _options.MaxTimerDelay), _stopping.Token);
            case SubOrchestrationCreated child:
                return StartChildAsync(session.InstanceId, execution.ExecutionId, child);
            default:
                return Task.CompletedTask;
        }
    }

    private async Task StartChildAsync(string instanceId, string executionId, SubOrchestrationCreated child)
    {
        var parent = new ParentInstance(instanceId, executionId, child.TaskId);
        try
        {
            await _index.CreateAsync(child.InstanceId, child.Name, child.Input, child.ExecutionId, _environment.Time.GetUtcNow(), _stopping.Token);
        }
        catch (OrchestrationAlreadyExistsException e)
        {
            await _queues.SendAsync(new ControlMessage(instanceId, new TaskFailed(child.TaskId, TaskFailureDetails.FromException(e)), executionId), TimeSpan.Zero, _stopping.Token);
            return;
        }

        await _queues.SendAsync(new ControlMessage(child.InstanceId, new ExecutionStarted(child.Name, child.Input, child.ExecutionId, parent)), TimeSpan.Zero, _stopping.Token);
    }

    private Task NotifyParentAsync(OrchestrationExecution execution)
    {
        if (execution.Parent is not { } parent || execution.Status == OrchestrationRuntimeStatus.ContinuedAsNew)
        {
            return Task.CompletedTask;
        }

        HistoryEvent result = execution.Status == OrchestrationRuntimeStatus.Completed
            ? new TaskCompleted(parent.TaskId, execution.Output)
            : new TaskFailed(parent.TaskId, execution.Failure ?? new TaskFailureDetails("Terminated", $"Sub-orchestration '{execution.InstanceId}' was {execution.Status}."));
        return _queues.SendAsync(new ControlMessage(parent.InstanceId, result, parent.ExecutionId), TimeSpan.Zero, _stopping.Token);
    }

    // The step is the committed state the execution stands at (after a reload or a cache hit, the state it was loaded at).
    private Task UpdateIndexAsync(InstanceSession session, OrchestrationExecution execution) =>
        _index.UpdateAsync(execution.InstanceId, InstanceIndex.StepOf(session.State!.Generation, session.State.EventCount), execution.Name, execution.ExecutionId,
            execution.Status == OrchestrationRuntimeStatus.ContinuedAsNew ? OrchestrationRuntimeStatus.Running : execution.Status,
            execution.Status == OrchestrationRuntimeStatus.ContinuedAsNew ? null : execution.Output,
            execution.CustomStatus, execution.Failure, _environment.Time.GetUtcNow(), _stopping.Token);
}
