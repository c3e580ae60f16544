using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using HdndWorkflow.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Storage;

/// <summary>Registers the storage connection and the Azure SDK's Table, Queue and Blob service clients: thread-safe singletons.</summary>
public static class StorageRegistration
{
    /// <summary>
    /// Adds <see cref="StorageConnection"/> for the configured account, and <see cref="TableServiceClient"/>,
    /// <see cref="QueueServiceClient"/> and <see cref="BlobServiceClient"/> with the configured retries, timeout and
    /// connections per endpoint, and the <see cref="StoragePipelinePolicy"/> policies registered (none in production).
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        // Resolved from the final configuration (not builder.Configuration), so hosts and tests can still add sources.
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var connection = StorageConnection.FromConfiguration(provider.GetRequiredService<IConfiguration>(), options.ConnectionName);
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageRegistration)).StorageAccountConfigured(
                connection.AccountName, connection.TableServiceUri, connection.QueueServiceUri, connection.BlobServiceUri, options.ConnectionName);
            return connection;
        });
        services.AddSingleton(provider => provider.GetRequiredService<StorageConnection>()
            .CreateTableServiceClient(ClientOptions(new TableClientOptions(), provider)));
        services.AddSingleton(provider => provider.GetRequiredService<StorageConnection>()
            .CreateQueueServiceClient(ClientOptions(new QueueClientOptions(), provider)));
        services.AddSingleton(provider => provider.GetRequiredService<StorageConnection>()
            .CreateBlobServiceClient(ClientOptions(new BlobClientOptions(), provider)));
        return builder;
    }

    // Each client gets its own options object: the pipeline builder adds to them.
    private static T ClientOptions<T>(T client, IServiceProvider provider)
        where T : ClientOptions
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        if (options.MaxConnectionsPerEndpoint > 0)
        {
            client.Transport = new HttpClientTransport(new SocketsHttpHandler { MaxConnectionsPerServer = options.MaxConnectionsPerEndpoint });
        }

        return StoragePipelinePolicy.AddTo(client, provider.GetServices<StoragePipelinePolicy>());
    }
}
