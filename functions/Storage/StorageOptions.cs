using System.ComponentModel.DataAnnotations;
using HdndWorkflow.Storage;

namespace HdndWorkflow.Functions.Storage;

/// <summary>How the app reaches Azure Table and Queue storage (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>
    /// The setting that names the account: a connection string under this name, or identity-based settings under
    /// <c>Name__accountName</c>, <c>Name__credential</c> and <c>Name__clientId</c>. The Functions host's own is the default.
    /// </summary>
    [Required]
    public string ConnectionName { get; set; } = StorageConfiguration.DefaultSettingName;

    /// <summary>Retries of a failed storage call (the Azure SDK's default is 3).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>How long one try of a storage call may wait for the network.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
