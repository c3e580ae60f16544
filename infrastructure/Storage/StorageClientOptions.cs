using Azure.Core;

namespace HdndWorkflow.Storage;

/// <summary>Options of the Table and Queue clients: retries, diagnostics and transport, as for any Azure SDK client.</summary>
public sealed class StorageClientOptions : ClientOptions
{
    /// <summary>Creates options with the Azure SDK defaults and a short network timeout suited to storage calls.</summary>
    public StorageClientOptions()
    {
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}
