using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask;

/// <summary>The engine's log messages (source-generated).</summary>
internal static partial class Logs
{
    [LoggerMessage(1, LogLevel.Warning, "Session of instance {InstanceId} failed; its messages will be delivered again")]
    public static partial void SessionFailed(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(2, LogLevel.Debug, "Instance {InstanceId}: another worker committed first; reloading")]
    public static partial void CommitConflict(ILogger logger, string instanceId);

    [LoggerMessage(3, LogLevel.Error, "Instance {InstanceId} failed: its orchestrator no longer matches its history")]
    public static partial void NonDeterministic(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(4, LogLevel.Error, "A message for instance {InstanceId} failed {DequeueCount} times; parked in the poison queue")]
    public static partial void Poisoned(ILogger logger, string instanceId, long dequeueCount, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "Polling control queue {Queue} failed")]
    public static partial void PollFailed(ILogger logger, string queue, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "Instance {InstanceId} {Status}")]
    public static partial void InstanceFinished(ILogger logger, string instanceId, OrchestrationRuntimeStatus status);

    [LoggerMessage(8, LogLevel.Warning, "A control-queue invocation (delivery {DequeueCount}) failed with {ErrorType}; the Functions host will deliver it again")]
    public static partial void InvocationFailed(ILogger logger, long dequeueCount, string errorType);

    [LoggerMessage(9, LogLevel.Warning, "Creating the task hub's tables and queues failed; retrying in {Delay}")]
    public static partial void InitializationFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "Cleaning up old history of instance {InstanceId} failed; purge removes it later")]
    public static partial void CleanupFailed(ILogger logger, string instanceId, Exception exception);
}
