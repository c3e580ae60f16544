using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask;

/// <summary>
/// What an orchestrator may do, as in Microsoft.DurableTask: call activities and sub-orchestrations, create durable
/// timers, wait for external events, and read deterministic time and Guids. Every call is recorded in the instance's
/// history and replayed; the orchestrator must make the same calls in the same order on every replay.
/// </summary>
public abstract class TaskOrchestrationContext
{
    /// <summary>The orchestrator's registered name.</summary>
    public abstract string Name { get; }

    /// <summary>The orchestration instance's id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>The time of the current step, the same on every replay: use it instead of the clock.</summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the orchestrator replays steps already recorded in its history.</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>Calls an activity and returns its result; failures surface as <see cref="TaskFailedException"/>.</summary>
    public abstract Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null);

    /// <summary>Calls an activity that returns nothing useful.</summary>
    public Task CallActivityAsync(string name, object? input = null, TaskOptions? options = null) =>
        CallActivityAsync<object?>(name, input, options);

    /// <summary>Starts a sub-orchestration and returns its output; failures surface as <see cref="TaskFailedException"/>.</summary>
    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null);

    /// <summary>Starts a sub-orchestration and waits for it to finish.</summary>
    public Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, TaskOptions? options = null) =>
        CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>A durable timer that fires at <paramref name="fireAt"/> (UTC), of any length; cancelling it abandons it.</summary>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>A durable timer that fires after <paramref name="delay"/>.</summary>
    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    /// <summary>
    /// Waits for the next event of this name (names compare case-insensitively). Events that arrived before the wait
    /// are buffered and delivered in arrival order.
    /// </summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for the next event of this name, racing a durable timer: throws <see cref="TaskCanceledException"/> when the
    /// timeout passes first; the losing timer is cancelled.
    /// </summary>
    public async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout)
    {
        using var cancelTimer = new CancellationTokenSource();
        using var cancelWait = new CancellationTokenSource();
        var wait = WaitForExternalEvent<T>(eventName, cancelWait.Token);
        var timer = CreateTimer(timeout, cancelTimer.Token);
        // Cancel (not CancelAsync): the cancellation must run now, on the orchestrator's own thread.
        if (await Task.WhenAny(wait, timer) == wait)
        {
            cancelTimer.Cancel();
            return await wait;
        }

        cancelWait.Cancel();
        throw new TaskCanceledException($"No '{eventName}' event arrived within {timeout}.");
    }

    /// <summary>Sets the status the instance shows to its clients (serialised as JSON), saved with the step.</summary>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>
    /// Ends this execution when the orchestrator returns and starts it afresh with <paramref name="newInput"/> and an
    /// empty history; events not yet handled are carried over when <paramref name="preserveUnprocessedEvents"/>.
    /// </summary>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A Guid that is the same on every replay.</summary>
    public abstract Guid NewGuid();

    /// <summary>A logger that writes only when the orchestrator is not replaying.</summary>
    public abstract ILogger CreateReplaySafeLogger(string categoryName);

    /// <summary>A logger that writes only when the orchestrator is not replaying.</summary>
    public ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T).FullName ?? typeof(T).Name);
}
