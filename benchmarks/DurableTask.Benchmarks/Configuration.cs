using HdndWorkflow.TaskHub;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// One configuration of the engine measured: host.json's <c>extensions.durableTask</c> as the app reads it, then
/// <see cref="Change"/> applied over it (nothing for the baseline).
/// </summary>
internal sealed record Configuration(string Name, string Description, Action<TaskHubOptions> Change)
{
    /// <summary>The app's settings first, then one change each, so every variant compares with the baseline.</summary>
    public static IReadOnlyList<Configuration> All { get; } =
    [
        new("host.json", "the app's settings as they are", _ => { }),
        new("partitions-1", "storageProvider.partitionCount 1 (one control queue, one lease)", o => o.StorageProvider.PartitionCount = 1),
        new("batch-8", "storageProvider.controlQueueBatchSize 8", o => o.StorageProvider.ControlQueueBatchSize = 8),
        new("polling-1s", "storageProvider.maxQueuePollingInterval 1 s", o => o.StorageProvider.MaxQueuePollingInterval = TimeSpan.FromSeconds(1)),
        new("polling-30s", "storageProvider.maxQueuePollingInterval 30 s (Durable Functions' default)", o => o.StorageProvider.MaxQueuePollingInterval = TimeSpan.FromSeconds(30)),
        new("extended-sessions", "extendedSessionsEnabled true (idle timeout 30 s)", o => o.ExtendedSessionsEnabled = true),
        new("concurrency-100", "maxConcurrentOrchestratorFunctions and maxConcurrentActivityFunctions 100", o =>
        {
            o.MaxConcurrentOrchestratorFunctions = 100;
            o.MaxConcurrentActivityFunctions = 100;
        }),
    ];
}
