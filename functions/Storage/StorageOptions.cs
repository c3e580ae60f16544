using System.ComponentModel.DataAnnotations;
using HdndWorkflow.Storage;

namespace HdndWorkflow.Functions.Storage;

/// <summary>How the app reaches Azure Table, Queue and Blob storage (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>
    /// The setting that names the account: a connection string under this name, or identity-based settings under
    /// <c>Name__accountName</c> (or <c>Name__tableServiceUri</c>, <c>Name__queueServiceUri</c>, <c>Name__blobServiceUri</c>), <c>Name__credential</c> and <c>Name__clientId</c>. The Functions host's own is the default.
    /// </summary>
    [Required]
    public string ConnectionName { get; set; } = StorageConnection.DefaultSettingName;

    /// <summary>Retries of a failed storage call (the Azure SDK's default is 3).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>How long one try of a storage call may wait for the network.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Connections to each storage endpoint at once (0: unlimited, the .NET default); further calls wait their turn, in
    /// order, in the client. Unlimited, a burst opens a connection per call in flight, and the service (the emulator
    /// above all, one thread) serves the sockets in no fair order: the slowest calls wait several times the typical.
    /// Twelve kept the emulator just as busy and the slowest answers near the typical ones
    /// (benchmarks/Conferences.Benchmarks), and spare outbound (SNAT) ports on Azure.
    /// </summary>
    [Range(0, 1024)]
    public int MaxConnectionsPerEndpoint { get; set; } = 12;
}
