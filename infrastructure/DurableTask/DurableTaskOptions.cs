using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.DurableTask;

/// <summary>
/// The engine's settings, shaped like Durable Functions' <c>extensions.durableTask</c> section of host.json.
/// </summary>
public sealed class DurableTaskOptions
{
    /// <summary>The configuration section: host.json's <c>extensions:durableTask</c>.</summary>
    public const string Section = "AzureFunctionsJobHost:extensions:durableTask";

    /// <summary>Names the task hub's tables and queues; letters and digits, 3 to 45 characters.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    public string HubName { get; set; } = "HdndWorkflow";

    /// <summary>How many control queues carry orchestration messages (instances are spread by a hash of their id).</summary>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>Most activities running at once in one worker.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentActivityFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Most orchestration messages in progress at once in one worker.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentOrchestratorFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>How long a received control message stays hidden; a crashed worker's messages return after it.</summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The shortest wait between polls of an empty control queue.</summary>
    public TimeSpan MinQueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest wait between polls of an empty control queue (polls back off up to it).</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deliveries after which a message that keeps failing is parked in the poison queue and its instance failed.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>The longest a timer message waits in a queue before it is re-armed (queues hold messages hidden up to 7 days).</summary>
    public TimeSpan MaxTimerDelay { get; set; } = TimeSpan.FromDays(6);

    /// <summary>How many idle instances each worker keeps in memory, so their next step needs no replay.</summary>
    [Range(0, 1_000_000)]
    public int ExtendedSessionsCacheSize { get; set; } = 10_000;
}
