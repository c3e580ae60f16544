using HdndWorkflow.DurableTask.History;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask.Execution;

internal sealed partial class OrchestrationExecution
{
    private TTask Issue<TTask>(ActionEvent action, OpenTask open, Func<OpenTask, TTask> task)
    {
        _issued[action.TaskId] = action;
        _open[action.TaskId] = open;
        return task(open);
    }

    private Task<T> ScheduleActivity<T>(string name, object? input)
    {
        var taskId = _nextTaskId++;
        var json = _converter.Serialize(input, $"input of activity '{name}'");
        var open = new OpenTask<T>(name, taskId);
        return Issue(new TaskScheduled(taskId, name, json), open, _ => open.Source.Task);
    }

    private Task<T> ScheduleSubOrchestration<T>(string name, object? input, string? instanceId)
    {
        var taskId = _nextTaskId++;
        var json = _converter.Serialize(input, $"input of sub-orchestration '{name}'");
        var executionId = NewGuid().ToString("N");
        var open = new OpenTask<T>(name, taskId);
        return Issue(new SubOrchestrationCreated(taskId, name, instanceId ?? NewGuid().ToString("N"), executionId, json), open, _ => open.Source.Task);
    }

    private Task ScheduleTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var taskId = _nextTaskId++;
        var open = new OpenTask<object?>("timer", taskId);
        if (cancellationToken.CanBeCanceled)
        {
            // A cancelled timer is abandoned: its task ends now, and its firing, when it comes, changes nothing.
            cancellationToken.Register(() =>
            {
                _open.Remove(taskId);
                open.Source.TrySetCanceled(cancellationToken);
            });
        }

        return Issue(new TimerCreated(taskId, DateTime.SpecifyKind(fireAt, DateTimeKind.Utc)), open, _ => open.Source.Task);
    }

    private async Task<T> CallWithRetry<T>(Func<Task<T>> attempt, RetryPolicy? retry)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException) when (retry is not null && number < retry.MaxNumberOfAttempts)
            {
                await ScheduleTimer(CurrentUtcDateTime + retry.DelayAfter(number), CancellationToken.None);
            }
        }
    }

    private Task<T> WaitForEvent<T>(string name, CancellationToken cancellationToken)
    {
        if (_buffered.TryGetValue(name, out var queue) && queue.TryDequeue(out var buffered))
        {
            if (queue.Count == 0)
            {
                _buffered.Remove(name);
            }

            return Task.FromResult(_converter.Deserialize<T>(buffered));
        }

        var waiter = new EventWaiter<T>();
        if (!_waiters.TryGetValue(name, out var list))
        {
            _waiters[name] = list = new LinkedList<EventWaiter>();
        }

        var node = list.AddLast(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    list.Remove(node);
                }

                waiter.Source.TrySetCanceled(cancellationToken);
            });
        }

        return waiter.Source.Task;
    }

    private void DeliverEvent(string name, string? input)
    {
        if (_waiters.TryGetValue(name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            if (list.Count == 0)
            {
                _waiters.Remove(name);
            }

            first.Value.Deliver(input, _converter);
            return;
        }

        if (!_buffered.TryGetValue(name, out var queue))
        {
            _buffered[name] = queue = new Queue<string?>();
        }

        queue.Enqueue(input);
    }

    private Guid NewGuid() =>
        DeterministicGuid.Create($"{InstanceId}|{ExecutionId}|{CurrentUtcDateTime.Ticks}|{_guidCounter++}");

    /// <summary>A task the orchestrator awaits: completed by a result, a failure, or a timer's firing.</summary>
    private abstract class OpenTask(string name, int taskId)
    {
        public string Name { get; } = name;

        public int TaskId { get; } = taskId;

        public abstract void Complete(string? result, DataConverter converter);

        public abstract void Fail(TaskFailureDetails failure);
    }

    private sealed class OpenTask<T>(string name, int taskId) : OpenTask(name, taskId)
    {
        public TaskCompletionSource<T> Source { get; } = new();

        public override void Complete(string? result, DataConverter converter)
        {
            try
            {
                Source.TrySetResult(converter.Deserialize<T>(result));
            }
            catch (System.Text.Json.JsonException e)
            {
                Source.TrySetException(new TaskFailedException(Name, TaskId, TaskFailureDetails.FromException(e)));
            }
        }

        public override void Fail(TaskFailureDetails failure) =>
            Source.TrySetException(new TaskFailedException(Name, TaskId, failure));
    }

    private abstract class EventWaiter
    {
        public abstract void Deliver(string? input, DataConverter converter);
    }

    private sealed class EventWaiter<T> : EventWaiter
    {
        public TaskCompletionSource<T> Source { get; } = new();

        public override void Deliver(string? input, DataConverter converter)
        {
            try
            {
                Source.TrySetResult(converter.Deserialize<T>(input));
            }
            catch (System.Text.Json.JsonException e)
            {
                Source.TrySetException(e);
            }
        }
    }

    /// <summary>The context the orchestrator sees; every call lands in this execution.</summary>
    private sealed class RuntimeContext(OrchestrationExecution execution, ILoggerFactory loggerFactory) : TaskOrchestrationContext
    {
        public override string Name => execution.Name;

        public override string InstanceId => execution.InstanceId;

        public override DateTime CurrentUtcDateTime => execution.CurrentUtcDateTime;

        public override bool IsReplaying => execution.IsReplaying;

        public override Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null) =>
            execution.CallWithRetry(() => execution.ScheduleActivity<TResult>(name, input), options?.Retry);

        public override Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null) =>
            execution.CallWithRetry(
                () => execution.ScheduleSubOrchestration<TResult>(orchestratorName, input, (options as SubOrchestrationOptions)?.InstanceId),
                options?.Retry);

        public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) =>
            execution.ScheduleTimer(fireAt, cancellationToken);

        public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
            execution.WaitForEvent<T>(eventName, cancellationToken);

        public override void SetCustomStatus(object? customStatus) =>
            execution.CustomStatus = execution._converter.Serialize(customStatus, $"custom status of orchestration '{execution.InstanceId}'");

        public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
            execution._continueAsNewRequest = (execution._converter.Serialize(newInput, $"new input of orchestration '{execution.InstanceId}'"), preserveUnprocessedEvents);

        public override Guid NewGuid() => execution.NewGuid();

        public override ILogger CreateReplaySafeLogger(string categoryName) =>
            new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), execution);
    }

    private sealed class ReplaySafeLogger(ILogger inner, OrchestrationExecution execution) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => !execution.IsReplaying && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!execution.IsReplaying)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
