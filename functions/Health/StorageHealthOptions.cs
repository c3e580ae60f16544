using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Functions.Health;

/// <summary>What the storage health checks touch (configuration section <c>Health</c>).</summary>
public sealed class StorageHealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Health";

    /// <summary>A small table the check creates if it is missing; its existence proves Table storage answers.</summary>
    [Required]
    public string TableName { get; set; } = "health";

    /// <summary>A small queue the check creates if it is missing; its existence proves Queue storage answers.</summary>
    [Required]
    public string QueueName { get; set; } = "health";

    /// <summary>How long one check may take before it counts as unhealthy.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
