using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using HdndWorkflow.TaskHub;
using HdndWorkflow.TaskHub.Hosting;
using HdndWorkflow.Storage;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>
/// The Durable Task Framework on the Azure Storage provider, in the app's own process: its worker polls the task hub's
/// queues and runs the app's orchestrations and activities, in Azure (on the function app's always-ready instance) as
/// locally. The settings are host.json's <c>extensions.durableTask</c>, with Durable Functions' names.
/// </summary>
public static class WorkflowEngine
{
    /// <summary>Registers the engine (orchestration service, worker, client) with the app's orchestrations.</summary>
    public static WebApplicationBuilder AddWorkflowEngine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WorkflowClock>();
        services.AddSingleton(sp => TaskHubStorage(sp.GetRequiredService<StorageConnection>(), [.. sp.GetServices<StoragePipelinePolicy>()]));

        // Tests add their own orchestrations later with services.ConfigureDurableTask(...).
        services.AddDurableTask(Workflows.Register);
        return builder;
    }

    /// <summary>
    /// The task hub on the app's storage account, as AzureWebJobsStorage names it (see <see cref="StorageConnection"/>),
    /// by connection string or by Entra ID token. The engine's clients keep DTFx's defaults (retries, connections),
    /// and get the <see cref="StoragePipelinePolicy"/> policies registered, as the app's own clients do.
    /// </summary>
    private static StorageAccountClientProvider TaskHubStorage(StorageConnection storage, IReadOnlyList<StoragePipelinePolicy> policies)
    {
        var (blob, queue, table) = (
            StoragePipelinePolicy.AddTo(new BlobClientOptions(), policies),
            StoragePipelinePolicy.AddTo(new QueueClientOptions(), policies),
            StoragePipelinePolicy.AddTo(new TableClientOptions(), policies));
        return storage.ConnectionString is { } connectionString
            ? new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(connectionString, blob),
                StorageServiceClientProvider.ForQueue(connectionString, queue),
                StorageServiceClientProvider.ForTable(connectionString, table))
            : new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(storage.BlobServiceUri, storage.Credential!, blob),
                StorageServiceClientProvider.ForQueue(storage.QueueServiceUri, storage.Credential!, queue),
                StorageServiceClientProvider.ForTable(storage.TableServiceUri, storage.Credential!, table));
    }
}
