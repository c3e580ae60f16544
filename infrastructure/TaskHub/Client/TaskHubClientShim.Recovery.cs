using System.Text.Json;
using DurableTask.AzureStorage;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.TaskHub.Client;

/// <summary>Getting a finished instance going again: a restart from its input, or a rewind past its failures.</summary>
public sealed partial class TaskHubClientShim
{
    /// <summary>
    /// Starts the instance again with the input it was started with, as Durable Functions' <c>restart</c> does. Under
    /// the same id, only a finished instance (Completed, Failed, Terminated) may be restarted: a running one is refused
    /// with <see cref="InvalidOperationException"/> rather than terminated first, so that nothing is stopped by surprise.
    /// </summary>
    public override async Task<string> RestartAsync(string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellation = default)
    {
        var instance = await GetInstancesAsync(instanceId, getInputsAndOutputs: true, cancellation)
            ?? throw new ArgumentException($"No orchestration instance has the id '{instanceId}'.", nameof(instanceId));
        if (!restartWithNewInstanceId && !instance.IsCompleted)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' is {instance.RuntimeStatus}: only a finished instance can be restarted under its own id.");
        }

        return await StartAsync(instance.Name, instance.SerializedInput, new StartOrchestrationOptions(restartWithNewInstanceId ? null : instanceId));
    }

    /// <summary>
    /// Rewinds a Failed instance with the Azure Storage provider's own rewind (the one Durable Functions uses on this
    /// provider): the failed activity and sub-orchestration events of its latest execution become <c>GenericEvent</c>
    /// rows, the instance is set back to Pending, and a message replays it, so the failed calls run again while
    /// everything that succeeded keeps its recorded result. That replay matches the history only if the orchestration
    /// did nothing after the failure: a retry policy's timers, or any call made after a failure was caught, stay in the
    /// history with nothing to match them, and the replay fails as non-deterministic. Such an instance (or one whose
    /// failed sub-orchestration is such) is refused with <see cref="InvalidOperationException"/>, before anything changes.
    /// </summary>
    public override async Task RewindInstanceAsync(string instanceId, string reason, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var instance = await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation)
            ?? throw new ArgumentException($"No orchestration instance has the id '{instanceId}'.", nameof(instanceId));
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Failed)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' is {instance.RuntimeStatus}: only a failed instance can be rewound.");
        }

        if (await FirstUnrewindableAsync(instanceId, cancellation) is { } blocked)
        {
            throw new InvalidOperationException(
                $"Instance '{blocked}' went on after its failure (a retry policy's timers, or a call after a caught failure): the provider's rewind would replay it non-deterministically. Restart it instead.");
        }

        await Cast<AzureStorageOrchestrationService>().RewindTaskOrchestrationAsync(instanceId, reason);
    }

    private static readonly HashSet<int> Calls =
        [(int)EventType.TaskScheduled, (int)EventType.TimerCreated, (int)EventType.SubOrchestrationInstanceCreated, (int)EventType.EventSent];

    // The instance, or the first of its failed sub-orchestrations (recursively), whose history records a call after a
    // failure; null when the whole tree can be rewound. The history is the provider's JSON of its HistoryEvent objects.
    private async Task<string?> FirstUnrewindableAsync(string instanceId, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        using var history = JsonDocument.Parse(await client.GetOrchestrationHistoryAsync(instanceId, executionId: null));
        var children = new Dictionary<int, string>();
        var failedChildren = new List<string>();
        var failed = false;
        foreach (var e in history.RootElement.EnumerateArray())
        {
            var type = e.GetProperty(nameof(HistoryEvent.EventType)).GetInt32();
            if (type == (int)EventType.SubOrchestrationInstanceCreated)
            {
                children[e.GetProperty(nameof(HistoryEvent.EventId)).GetInt32()] = e.GetProperty(nameof(SubOrchestrationInstanceCreatedEvent.InstanceId)).GetString()!;
            }

            if (failed && Calls.Contains(type))
            {
                return instanceId;
            }

            if (type == (int)EventType.SubOrchestrationInstanceFailed
                && children.TryGetValue(e.GetProperty(nameof(SubOrchestrationInstanceFailedEvent.TaskScheduledId)).GetInt32(), out var child))
            {
                failedChildren.Add(child);
            }

            failed |= type is (int)EventType.TaskFailed or (int)EventType.SubOrchestrationInstanceFailed;
        }

        foreach (var child in failedChildren)
        {
            if (await FirstUnrewindableAsync(child, cancellation) is { } blocked)
            {
                return blocked;
            }
        }

        return null;
    }
}
