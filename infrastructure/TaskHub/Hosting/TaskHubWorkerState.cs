namespace HdndWorkflow.TaskHub.Hosting;

/// <summary>
/// Whether this process's worker is running: set once it has started (task hub created, dispatchers polling) and
/// cleared when it begins to stop. Readiness checks read it; a thread-safe singleton.
/// </summary>
public sealed class TaskHubWorkerState
{
    private volatile bool _running;

    /// <summary>True between the worker's start and the beginning of its stop.</summary>
    public bool IsRunning => _running;

    internal void Started() => _running = true;

    internal void Stopping() => _running = false;
}
