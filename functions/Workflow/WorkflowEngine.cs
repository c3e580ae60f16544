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
        // The task hub on the app's storage account, as AzureWebJobsStorage names it (see StorageConnection).
        services.AddSingleton(sp => sp.GetRequiredService<StorageConnection>() is var storage && storage.ConnectionString is { } connectionString
            ? new StorageAccountClientProvider(connectionString)
            : new StorageAccountClientProvider(storage.BlobServiceUri, storage.QueueServiceUri, storage.TableServiceUri, storage.Credential!));

        // Tests add their own orchestrations later with services.ConfigureDurableTask(...).
        services.AddDurableTask(Workflows.Register);
        return builder;
    }
}
