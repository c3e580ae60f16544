using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage.Queues;

/// <summary>
/// The entry point to an account's Queue service. Owns one HttpPipeline, shared by the <see cref="QueueClient"/>s it
/// hands out; thread-safe, meant to be a singleton.
/// </summary>
public sealed class QueueServiceClient
{
    internal const string ServiceVersion = "2023-11-03";

    /// <summary>Creates the client for the account's Queue service.</summary>
    public QueueServiceClient(StorageAccount account, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        Endpoint = account.QueueEndpoint;
        Pipeline = StoragePipeline.Create(account, StorageService.Queue, ServiceVersion, options);
    }

    /// <summary>The Queue service endpoint.</summary>
    public Uri Endpoint { get; }

    internal HttpPipeline Pipeline { get; }

    /// <summary>A client for one queue (the queue itself is not created: see <see cref="QueueClient.CreateIfNotExistsAsync"/>).</summary>
    public QueueClient GetQueueClient(string queueName) => new(this, queueName);
}
