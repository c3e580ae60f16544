using System.Collections.Concurrent;
using Azure;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.Storage;

namespace HdndWorkflow.DurableTask.Worker;

/// <summary>
/// Idle executions kept in memory (extended sessions), so an instance's next step needs no replay. The ETag makes a
/// stale entry harmless: its commit fails and the instance is loaded afresh. Oldest entries leave first.
/// </summary>
internal sealed class ExecutionCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Id, Entry Entry)> _order = new();

    public bool TryTake(string instanceId, out Entry entry) => _entries.TryRemove(instanceId, out entry!);

    public void Put(string instanceId, Entry entry)
    {
        if (capacity == 0)
        {
            return;
        }

        _entries[instanceId] = entry;
        _order.Enqueue((instanceId, entry));
        while (_entries.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(oldest.Id, oldest.Entry));
        }

        // Entries taken or replaced leave stale places in the order queue; drop them so it stays bounded.
        while (_order.Count > 2 * Math.Max(capacity, 16) && _order.TryDequeue(out var stale) && _entries.TryGetValue(stale.Id, out var live) && ReferenceEquals(live, stale.Entry))
        {
            _order.Enqueue(stale);
        }
    }

    public void Remove(string instanceId) => _entries.TryRemove(instanceId, out _);

    internal sealed record Entry(OrchestrationExecution Execution, InstanceState? State, ETag ETag);
}
