using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.TaskHub;

/// <summary>
/// The engine's settings, with the names Durable Functions gives them in host.json's <c>extensions.durableTask</c>
/// section (the Azure Storage provider's under <c>storageProvider</c>), so an Azure engineer reads them without a glossary.
/// Defaults are Durable Functions' own, except where a comment says otherwise.
/// </summary>
public sealed class TaskHubOptions : IValidatableObject
{
    /// <summary>The configuration section: host.json's <c>extensions:durableTask</c>.</summary>
    public const string Section = "AzureFunctionsJobHost:extensions:durableTask";

    /// <summary>Names the task hub's tables, queues and containers; letters and digits, 3 to 45 characters.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    public string HubName { get; set; } = "HdndWorkflow";

    /// <summary>Most activities running at once in one worker.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentActivityFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Most orchestration work items in progress at once in one worker.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentOrchestratorFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Keeps idle orchestrations in memory for a while, so their next step needs no history read and replay.</summary>
    public bool ExtendedSessionsEnabled { get; set; }

    /// <summary>How long an idle orchestration stays in memory with extended sessions.</summary>
    [Range(1, 3600)]
    public int ExtendedSessionIdleTimeoutInSeconds { get; set; } = 30;

    /// <summary>
    /// Keeps each activity's and sub-orchestration's input in the history (DTFx's <c>IncludeParameters</c>), so the
    /// history shows what every call was given; off by default, as in Durable Functions.
    /// </summary>
    public bool StoreInputsInOrchestrationHistory { get; set; }

    /// <summary>The Azure Storage provider's settings.</summary>
    public StorageProviderOptions StorageProvider { get; set; } = new();

    /// <summary>
    /// The task hub's queues: its control queues (one per partition) and its work-item queue, named as the Azure Storage
    /// provider names them (lower-case hub name, then <c>-control-00</c> … or <c>-workitems</c>; its own helpers are internal).
    /// </summary>
    public IReadOnlyList<string> QueueNames()
    {
        var hub = HubName.ToLowerInvariant();
        return [.. Enumerable.Range(0, StorageProvider.PartitionCount).Select(i => $"{hub}-control-{i:00}"), $"{hub}-workitems"];
    }

    /// <summary>Validates <see cref="StorageProvider"/>'s values, naming each one out of range as <c>StorageProvider.Name</c>.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(StorageProvider, new ValidationContext(StorageProvider), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(name => $"{nameof(StorageProvider)}.{name}")));
    }

    /// <summary>host.json's <c>extensions.durableTask.storageProvider</c> for the Azure Storage provider.</summary>
    public sealed class StorageProviderOptions
    {
        /// <summary>How many control queues (and so partitions) carry orchestration messages.</summary>
        [Range(1, 16)]
        public int PartitionCount { get; set; } = 4;

        /// <summary>How many messages one poll takes from a control queue.</summary>
        [Range(1, 32)]
        public int ControlQueueBatchSize { get; set; } = 32;

        /// <summary>How many control-queue messages a worker may buffer in memory per partition.</summary>
        [Range(1, 1000)]
        public int ControlQueueBufferThreshold { get; set; } = 128;

        /// <summary>How long a received control message stays hidden; a crashed worker's messages return after it.</summary>
        public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>How long a received activity message stays hidden; a crashed worker's activities return after it.</summary>
        public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>The longest wait between polls of an empty queue (polls back off up to it).</summary>
        public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// How long one read-and-write of the partition (lease) table may take before the worker gives it up and tries
        /// again. DTFx's own setting (Durable Functions does not expose it); its default, 2 s, is short for a busy
        /// storage emulator: renewals given up again and again let the leases lapse and stall every orchestration.
        /// </summary>
        public TimeSpan PartitionTableOperationTimeout { get; set; } = TimeSpan.FromSeconds(2);
    }
}
