using System.Text;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask.Storage;

/// <summary>
/// A task hub's storage: the History table (each instance's state row and history rows in its own partition), the
/// Instances table (one row an instance, for queries), the control queues and the poison queue.
/// </summary>
internal sealed class TaskHubStorage
{
    public TaskHubStorage(TableServiceClient tables, QueueServiceClient queues, DurableTaskOptions options)
    {
        var hub = options.HubName;
        History = tables.GetTableClient(hub + "History");
        Instances = tables.GetTableClient(hub + "Instances");
        var prefix = hub.ToLowerInvariant();
        ControlQueues = [.. Enumerable.Range(0, options.PartitionCount).Select(p => queues.GetQueueClient($"{prefix}-control-{p:D2}"))];
        Poison = queues.GetQueueClient($"{prefix}-poison");
        _sent = [.. ControlQueues.Select(_ => NewSignal())];
    }

    // Per control queue, completed when this process sends a message there (see WhenSent).
    private readonly TaskCompletionSource[] _sent;

    public TableClient History { get; }

    public TableClient Instances { get; }

    public IReadOnlyList<QueueClient> ControlQueues { get; }

    public QueueClient Poison { get; }

    /// <summary>Creates the hub's tables and queues where missing.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            [
                History.CreateIfNotExistsAsync(cancellationToken),
                Instances.CreateIfNotExistsAsync(cancellationToken),
                Poison.CreateIfNotExistsAsync(cancellationToken),
                .. ControlQueues.Select(q => q.CreateIfNotExistsAsync(cancellationToken)),
            ]);
    }

    /// <summary>The control queue of an instance.</summary>
    public QueueClient ControlQueueFor(string instanceId) => ControlQueues[ControlQueueIndex(instanceId)];

    /// <summary>The index of an instance's control queue: a stable hash (FNV-1a) of its id, so every worker agrees.</summary>
    public int ControlQueueIndex(string instanceId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(instanceId))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)ControlQueues.Count);
    }

    /// <summary>
    /// Completes when this process next sends a message that is visible at once to control queue
    /// <paramref name="queue"/>, so that its poller, backing off while the queue was empty, looks again now rather than
    /// after its interval (other instances find the message at their next poll). Take it before polling: a message sent
    /// meanwhile then completes it.
    /// </summary>
    public Task WhenSent(int queue) => Volatile.Read(ref _sent[queue]).Task;

    /// <summary>Says that this process sent a message to control queue <paramref name="queue"/>.</summary>
    public void Sent(int queue) => Interlocked.Exchange(ref _sent[queue], NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
