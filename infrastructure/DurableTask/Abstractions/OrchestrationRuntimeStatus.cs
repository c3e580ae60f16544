namespace HdndWorkflow.DurableTask;

/// <summary>Where an orchestration instance stands, as in Microsoft.DurableTask.</summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>Running or waiting.</summary>
    Running = 0,

    /// <summary>Returned normally.</summary>
    Completed = 1,

    /// <summary>Restarted with new input (a transient state).</summary>
    ContinuedAsNew = 2,

    /// <summary>Threw, or could not be processed.</summary>
    Failed = 3,

    /// <summary>Cancelled (unused by this engine; kept for the programming model).</summary>
    Canceled = 4,

    /// <summary>Stopped by a client.</summary>
    Terminated = 5,

    /// <summary>Scheduled, not yet started.</summary>
    Pending = 6,

    /// <summary>Paused by a client; events wait until it resumes.</summary>
    Suspended = 7,
}

/// <summary>Helpers on <see cref="OrchestrationRuntimeStatus"/>.</summary>
public static class OrchestrationRuntimeStatusExtensions
{
    /// <summary>True when the instance will not run again (completed, failed, terminated).</summary>
    public static bool IsTerminal(this OrchestrationRuntimeStatus status) =>
        status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
            or OrchestrationRuntimeStatus.Terminated or OrchestrationRuntimeStatus.Canceled;
}
