namespace HdndWorkflow.DurableTask.Execution;

/// <summary>
/// Runs an orchestrator's continuations one at a time on the thread that pumps it, so that the orchestrator advances
/// only while the engine applies an event, and always in the same order.
/// </summary>
internal sealed class OrchestrationTaskScheduler : TaskScheduler
{
    private readonly Queue<Task> _ready = new();

    /// <summary>Runs every ready continuation until the orchestrator waits on something not yet done.</summary>
    public void Pump()
    {
        while (_ready.TryDequeue(out var task))
        {
            TryExecuteTask(task);
        }
    }

    protected override void QueueTask(Task task) => _ready.Enqueue(task);

    // Continuations queued from the pumping thread run in FIFO order by Pump; none runs inline out of turn.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => _ready.ToArray();
}
