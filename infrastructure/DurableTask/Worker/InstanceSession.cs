using Azure;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.DurableTask.Storage;

namespace HdndWorkflow.DurableTask.Worker;

/// <summary>A control message waiting to be applied; <see cref="Done"/> completes when it may be deleted.</summary>
internal sealed class Ticket(ControlMessage message, bool redelivered)
{
    public ControlMessage Message { get; } = message;

    public bool Redelivered { get; } = redelivered;

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// One instance's work in one worker: the messages and activity results waiting for its next step, and the
/// activities it runs. The message that opened the session is kept (not deleted) until the session ends, so that a
/// crash while activities run brings it back and the activities run again.
/// </summary>
internal sealed class InstanceSession(string instanceId)
{
    public string InstanceId { get; } = instanceId;

    public List<Ticket> Inbox { get; } = [];

    public List<Ticket> Held { get; } = [];

    public List<HistoryEvent> Results { get; } = [];

    public int RunningActivities { get; set; }

    public bool Closed { get; set; }

    public SemaphoreSlim Signal { get; } = new(0);

    public HashSet<(string ExecutionId, int TaskId)> Dispatched { get; } = [];

    public OrchestrationExecution? Execution { get; set; }

    public InstanceState? State { get; set; }

    public ETag ETag { get; set; }

    public bool Recover { get; set; }

    /// <summary>Adds a message unless the session has ended.</summary>
    public bool TryAdd(Ticket ticket)
    {
        lock (this)
        {
            if (Closed)
            {
                return false;
            }

            Inbox.Add(ticket);
        }

        Signal.Release();
        return true;
    }

    /// <summary>Adds an activity's result unless the session has ended.</summary>
    public void AddResult(HistoryEvent result)
    {
        lock (this)
        {
            RunningActivities--;
            if (!Closed)
            {
                Results.Add(result);
            }
        }

        Signal.Release();
    }
}
