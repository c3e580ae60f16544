using System.Runtime.CompilerServices;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.DurableTask.Storage;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask;

/// <summary>
/// Starts, queries and steers orchestration instances, as Microsoft.DurableTask's DurableTaskClient does. Thread-safe;
/// one per application.
/// </summary>
public sealed class DurableTaskClient
{
    private readonly TaskHubStorage _storage;
    private readonly InstanceIndex _index;
    private readonly HistoryStore _history;
    private readonly ControlQueues _queues;
    private readonly DataConverter _converter;
    private readonly TimeProvider _time;

    internal DurableTaskClient(TaskHubStorage storage, DataConverter converter, TimeProvider time)
    {
        _storage = storage;
        _index = new InstanceIndex(storage.Instances);
        _history = new HistoryStore(storage.History);
        _queues = new ControlQueues(storage);
        _converter = converter;
        _time = time;
    }

    /// <summary>
    /// Schedules a new instance and returns its id. When <paramref name="options"/> names an id that a pending or
    /// running instance has, throws <see cref="OrchestrationAlreadyExistsException"/>; a finished instance with that id
    /// is replaced (its id starts a new execution, its old history goes).
    /// </summary>
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        ValidateInstanceId(instanceId);
        var json = _converter.Serialize(input, $"input of orchestration '{instanceId}'");
        var executionId = Guid.NewGuid().ToString("N");
        await _index.CreateAsync(instanceId, orchestratorName, json, executionId, _time.GetUtcNow(), cancellationToken);
        await _queues.SendAsync(new ControlMessage(instanceId, new ExecutionStarted(orchestratorName, json, executionId)), TimeSpan.Zero, cancellationToken);
        return instanceId;
    }

    /// <summary>Sends an event to an instance; it is applied once, in arrival order, even when raised concurrently.</summary>
    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ValidateInstanceId(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var json = _converter.Serialize(eventPayload, $"payload of event '{eventName}'");
        return _queues.SendAsync(new ControlMessage(instanceId, new EventRaised(eventName, json, Guid.NewGuid().ToString("N"))), TimeSpan.Zero, cancellationToken);
    }

    /// <summary>Terminates a running instance; <paramref name="reason"/> becomes its output.</summary>
    public Task TerminateInstanceAsync(string instanceId, object? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, new ExecutionTerminated(_converter.Serialize(reason, "termination reason")), cancellationToken);

    /// <summary>Suspends a running instance: events wait until it resumes.</summary>
    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, new ExecutionSuspended(reason), cancellationToken);

    /// <summary>Resumes a suspended instance.</summary>
    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, new ExecutionResumed(reason), cancellationToken);

    /// <summary>The instance's status (and, when asked, its input, output, custom status and history); null when unknown.</summary>
    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, bool includeHistory = false, CancellationToken cancellationToken = default)
    {
        ValidateInstanceId(instanceId);
        var metadata = await _index.GetAsync(instanceId, cancellationToken);
        if (metadata is null)
        {
            return null;
        }

        if (!getInputsAndOutputs)
        {
            metadata = metadata with { SerializedInput = null, SerializedOutput = null, SerializedCustomStatus = null };
        }

        return includeHistory ? metadata with { History = (await _history.LoadAsync(instanceId, cancellationToken)).History } : metadata;
    }

    /// <summary>Waits until the instance finishes (completed, failed or terminated), polling its status.</summary>
    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var metadata = await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellationToken: cancellationToken);
            if (metadata is { IsCompleted: true })
            {
                return metadata;
            }

            await Task.Delay(delay, _time, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 1.5, 1000));
        }
    }

    /// <summary>One page of the instances matching <paramref name="query"/>.</summary>
    public async Task<OrchestrationQueryPage> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = await _index.Table.QueryPageAsync(Filter(query.CreatedFrom, query.CreatedTo, query.Statuses, query.InstanceIdPrefix),
            top: query.PageSize, continuationToken: query.ContinuationToken, cancellationToken: cancellationToken);
        var instances = page.Entities.Select(InstanceIndex.Read)
            .Select(m => query.FetchInputsAndOutputs ? m : m with { SerializedInput = null, SerializedOutput = null, SerializedCustomStatus = null })
            .ToList();
        return new OrchestrationQueryPage(instances, page.ContinuationToken);
    }

    /// <summary>Every instance matching <paramref name="query"/>, page after page.</summary>
    public async IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= new OrchestrationQuery();
        do
        {
            var page = await QueryInstancesAsync(query, cancellationToken);
            foreach (var instance in page.Instances)
            {
                yield return instance;
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);
    }

    /// <summary>Removes a finished instance's history and status; 0 when it is unknown or not finished.</summary>
    public async Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ValidateInstanceId(instanceId);
        var metadata = await _index.GetAsync(instanceId, cancellationToken);
        if (metadata is not { IsCompleted: true })
        {
            return new PurgeResult(0);
        }

        await _history.DeleteRowsAsync(instanceId, null, cancellationToken);
        await _index.Table.DeleteEntityAsync(instanceId, string.Empty, cancellationToken: cancellationToken);
        return new PurgeResult(1);
    }

    /// <summary>Removes every finished instance matching <paramref name="filter"/>.</summary>
    public async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = (filter.Statuses ?? [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated])
            .Where(s => s.IsTerminal()).ToList();
        var purged = 0;
        await foreach (var row in _index.Table.QueryAsync(Filter(filter.CreatedFrom, filter.CreatedTo, statuses, null), select: ["Status"], cancellationToken: cancellationToken))
        {
            purged += (await PurgeInstanceAsync(row.PartitionKey, cancellationToken)).PurgedInstanceCount;
        }

        return new PurgeResult(purged);
    }

    private Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellationToken)
    {
        ValidateInstanceId(instanceId);
        return _queues.SendAsync(new ControlMessage(instanceId, historyEvent), TimeSpan.Zero, cancellationToken);
    }

    private static string? Filter(DateTimeOffset? from, DateTimeOffset? to, IReadOnlyCollection<OrchestrationRuntimeStatus>? statuses, string? prefix)
    {
        var clauses = new List<string>();
        if (!string.IsNullOrEmpty(prefix))
        {
            var end = prefix[..^1] + (char)(prefix[^1] + 1);
            clauses.Add(TableFilter.Create($"PartitionKey ge {prefix} and PartitionKey lt {end}"));
        }

        if (from is { } f)
        {
            clauses.Add(TableFilter.Create($"CreatedAt ge {f}"));
        }

        if (to is { } t)
        {
            clauses.Add(TableFilter.Create($"CreatedAt lt {t}"));
        }

        if (statuses is { Count: > 0 })
        {
            clauses.Add("(" + string.Join(" or ", statuses.Select(s => TableFilter.Create($"Status eq {s.ToString()}"))) + ")");
        }

        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    private static void ValidateInstanceId(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        TableLimits.ValidateKey(instanceId, nameof(instanceId));
        if (instanceId.Length > 256)
        {
            throw new ArgumentException("An instance id has at most 256 characters.", nameof(instanceId));
        }
    }
}
