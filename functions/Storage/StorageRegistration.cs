using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Storage;

/// <summary>Registers the Table and Queue service clients: one pipeline each, thread-safe singletons.</summary>
public static class StorageRegistration
{
    /// <summary>Adds <see cref="TableServiceClient"/> and <see cref="QueueServiceClient"/> for the configured account.</summary>
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
            var account = provider.GetRequiredService<IConfiguration>().GetStorageAccount(options.ConnectionName);
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageRegistration))
                .StorageAccountConfigured(account.AccountName, account.TableEndpoint, account.QueueEndpoint, options.ConnectionName);
            return account;
        });
        services.AddSingleton(provider => new TableServiceClient(
            provider.GetRequiredService<StorageAccount>(), ClientOptions(provider)));
        services.AddSingleton(provider => new QueueServiceClient(
            provider.GetRequiredService<StorageAccount>(), ClientOptions(provider)));
        return builder;
    }

    // Each client gets its own options object: the pipeline builder adds to them.
    private static StorageClientOptions ClientOptions(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var client = new StorageClientOptions();
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        if (options.MaxConnectionsPerEndpoint > 0)
        {
            client.Transport = new Azure.Core.Pipeline.HttpClientTransport(new SocketsHttpHandler { MaxConnectionsPerServer = options.MaxConnectionsPerEndpoint });
        }

        return client;
    }
}
