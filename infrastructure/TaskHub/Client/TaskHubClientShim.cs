using System.Diagnostics;
using Azure.Data.Tables;
using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using DurableTask.Core.Tracing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreStatus = DurableTask.Core.OrchestrationStatus;
using CoreQuery = DurableTask.Core.Query.OrchestrationQuery;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace HdndWorkflow.TaskHub.Client;

/// <summary>
/// Microsoft.DurableTask's <see cref="DurableTaskClient"/> over the Durable Task Framework's own client interfaces, as
/// the Functions isolated worker's client shim does (that package is not served here, so this is the app's one thin
/// copy of the idea). Payloads go through the same <see cref="DataConverter"/> as the worker's shims, so what a client
/// sends is what an orchestrator receives.
/// </summary>
/// <param name="client">The orchestration service's client (the Azure Storage provider).</param>
/// <param name="converter">The payloads' converter, the worker's.</param>
/// <param name="instances">The task hub's Instances table, for <see cref="GetInstancesByIdAsync"/>'s point reads.</param>
public sealed partial class TaskHubClientShim(IOrchestrationServiceClient client, DataConverter converter, TableClient? instances = null) : DurableTaskClient("default")
{
    // Starting an instance id that is still in one of these states is refused, as in Durable Functions; a finished
    // instance may be started again under the same id.
    private static readonly CoreStatus[] Running = [CoreStatus.Pending, CoreStatus.Running, CoreStatus.Suspended];

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return await StartAsync(orchestratorName.Name, converter.Serialize(input), options);
    }

    // Starts an instance with an input already serialised (a restart passes the stored one on unchanged).
    private async Task<string> StartAsync(string name, string? serializedInput, StartOrchestrationOptions? options)
    {
        var instance = new OrchestrationInstance
        {
            InstanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N"),
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var started = new ExecutionStartedEvent(-1, serializedInput)
        {
            Name = name,
            Version = options?.Version?.Version ?? string.Empty,
            OrchestrationInstance = instance,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Tags = Tags(options),
            // The caller's span (an HTTP request, say) parents the worker's "create_orchestration" span, and that one
            // the orchestration's, as Microsoft's ShimDurableTaskClient does: one trace from the request to the activities.
            ParentTraceContext = Activity.Current is { Id: { } id } current ? new DistributedTraceContext(id, current.TraceStateString) : null,
        };
        await client.CreateTaskOrchestrationAsync(new TaskMessage { OrchestrationInstance = instance, Event = started }, Running);
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return SendAsync(instanceId, new EventRaisedEvent(-1, converter.Serialize(eventPayload)) { Name = eventName }, cancellation);
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return client.ForceTerminateTaskOrchestrationAsync(instanceId, converter.Serialize(options?.Output));
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        // The Azure Storage provider answers an unknown id with a list holding one null state.
        var states = await client.GetOrchestrationStateAsync(instanceId, allExecutions: false);
        return states is [{ } state, ..] ? Metadata(state, getInputsAndOutputs) : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        var query = Cast<IOrchestrationServiceQueryClient>();
        return Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var result = await query.GetOrchestrationWithQueryAsync(
                new CoreQuery
                {
                    RuntimeStatus = filter?.Statuses?.Select(status => (CoreStatus)status).ToList(),
                    CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                    CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                    InstanceIdPrefix = filter?.InstanceIdPrefix,
                    PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                    ContinuationToken = continuation ?? filter?.ContinuationToken,
                    FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
                },
                cancellation);
            var fetched = filter?.FetchInputsAndOutputs ?? false;
            return new Page<OrchestrationMetadata>(result.OrchestrationState.Select(state => Metadata(state, fetched)).ToList(), result.ContinuationToken);
        });
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation)
                ?? throw new InvalidOperationException($"No orchestration instance has the id '{instanceId}'.");
            if (metadata.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
            {
                return metadata;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
        }
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        // With no timeout the provider polls until the instance finishes, or returns null, not throwing, once cancelled.
        var state = await client.WaitForOrchestrationAsync(instanceId, executionId: null, Timeout.InfiniteTimeSpan, cancellation)
            ?? throw new OperationCanceledException($"Waiting for instance '{instanceId}' was cancelled.", cancellation);
        return Metadata(state, getInputsAndOutputs);
    }

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        if (await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation) is not { } instance)
        {
            return new PurgeResult(0);
        }

        if (!instance.IsCompleted)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' is {instance.RuntimeStatus}: only finished instances can be purged.");
        }

        var result = await Cast<IOrchestrationServicePurgeClient>().PurgeInstanceStateAsync(instanceId);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        cancellation.ThrowIfCancellationRequested();
        var result = await Cast<IOrchestrationServicePurgeClient>().PurgeInstanceStateAsync(new PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
            filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(status => (CoreStatus)status)));
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // The tag asks the worker for a "create_orchestration" span when it first runs the instance (the framework's
    // TaskHubClient makes that span itself, through helpers it keeps internal).
    private static Dictionary<string, string> Tags(StartOrchestrationOptions? options)
    {
        var tags = options?.Tags?.ToDictionary(tag => tag.Key, tag => tag.Value) ?? [];
        tags[OrchestrationTags.CreateTraceForNewOrchestration] = "true";
        return tags;
    }

    private Task SendAsync(string instanceId, HistoryEvent message, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return client.SendTaskOrchestrationMessageAsync(new TaskMessage { OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId }, Event = message });
    }

    private OrchestrationMetadata Metadata(OrchestrationState state, bool withPayloads) => new(state.Name, state.OrchestrationInstance.InstanceId)
    {
        DataConverter = withPayloads ? converter : null,
        RuntimeStatus = (OrchestrationRuntimeStatus)state.OrchestrationStatus,
        CreatedAt = state.CreatedTime,
        LastUpdatedAt = state.LastUpdatedTime,
        SerializedInput = withPayloads ? state.Input : null,
        SerializedOutput = withPayloads && state.OrchestrationStatus != CoreStatus.Failed ? state.Output : null,
        SerializedCustomStatus = state.Status,
        FailureDetails = Failure(state),
    };

    // The Azure Storage provider keeps no FailureDetails on a failed instance's state: it stores their text,
    // "ErrorType: ErrorMessage" (FailureDetails.ToString()), as the instance's output, which is therefore no JSON payload.
    private static TaskFailureDetails? Failure(OrchestrationState state) => state switch
    {
        { FailureDetails: { } failure } => Failure(failure),
        { OrchestrationStatus: CoreStatus.Failed, Output: { } text } => text.Split(": ", 2) is [var type, var message]
            ? new TaskFailureDetails(type, message, StackTrace: null, InnerFailure: null, Properties: null)
            : new TaskFailureDetails(string.Empty, text, StackTrace: null, InnerFailure: null, Properties: null),
        _ => null,
    };

    private static TaskFailureDetails? Failure(FailureDetails? failure) => failure is null
        ? null
        : new TaskFailureDetails(failure.ErrorType, failure.ErrorMessage, failure.StackTrace, Failure(failure.InnerFailure), Properties: null);

    private T Cast<T>()
        where T : class => client as T ?? throw new NotSupportedException($"{client.GetType().Name} does not implement {typeof(T).Name}.");
}
