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
    }

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

    /// <summary>The control queue of an instance: a stable hash (FNV-1a) of its id, so every worker agrees.</summary>
    public QueueClient ControlQueueFor(string instanceId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(instanceId))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return ControlQueues[(int)(hash % (uint)ControlQueues.Count)];
    }
}
