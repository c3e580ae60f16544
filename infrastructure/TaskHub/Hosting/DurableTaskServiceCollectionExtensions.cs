using Azure.Data.Tables;
using DurableTask.AzureStorage;
using DurableTask.Core;
using HdndWorkflow.TaskHub.Client;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.TaskHub.Hosting;

/// <summary>Registers the Durable Task Framework on Azure Storage: settings, orchestration service, worker and client.</summary>
public static class DurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine with the orchestrators and activities <paramref name="register"/> names. The task hub's storage
    /// account comes from the <see cref="StorageAccountClientProvider"/> in the container.
    /// </summary>
    public static IServiceCollection AddDurableTask(this IServiceCollection services, Action<DurableTaskRegistry> register)
    {
        services.ConfigureDurableTask(register);
        services.AddOptions<TaskHubOptions>().BindConfiguration(TaskHubOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<DurableTaskWorkerOptions>().Configure(o => o.DataConverter = Payloads.Converter);
        services.TryAddSingleton(Payloads.Converter);

        services.TryAddSingleton(sp =>
        {
            var registry = new DurableTaskRegistry();
            foreach (var registration in sp.GetServices<DurableTaskRegistration>())
            {
                registration.Register(registry);
            }

            return registry;
        });
        services.TryAddSingleton(sp => new AzureStorageOrchestrationService(Settings(
            sp.GetRequiredService<IOptions<TaskHubOptions>>().Value,
            sp.GetRequiredService<StorageAccountClientProvider>(),
            sp.GetRequiredService<ILoggerFactory>())));
        services.TryAddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        services.TryAddSingleton(sp => new TaskHubClientShim(
            sp.GetRequiredService<AzureStorageOrchestrationService>(),
            sp.GetRequiredService<DataConverter>(),
            sp.GetRequiredService<StorageAccountClientProvider>().Table.CreateClient(new TableClientOptions())
                .GetTableClient($"{sp.GetRequiredService<IOptions<TaskHubOptions>>().Value.HubName}Instances")));
        services.TryAddSingleton<DurableTaskClient>(sp => sp.GetRequiredService<TaskHubClientShim>());
        services.TryAddSingleton<TaskHubWorkerState>();
        services.AddHostedService<TaskHubService>();
        return services;
    }

    /// <summary>
    /// Adds orchestrators and activities to the registry. Contributions may come before or after
    /// <see cref="AddDurableTask"/> (tests add theirs last); all apply when the worker starts.
    /// </summary>
    public static IServiceCollection ConfigureDurableTask(this IServiceCollection services, Action<DurableTaskRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        services.AddSingleton(new DurableTaskRegistration(register));
        return services;
    }

    /// <summary>The provider's settings from host.json's names.</summary>
    public static AzureStorageOrchestrationServiceSettings Settings(TaskHubOptions options, StorageAccountClientProvider storage, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = options.StorageProvider;
        return new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.HubName,
            StorageAccountClientProvider = storage,
            PartitionCount = provider.PartitionCount,
            ControlQueueBatchSize = provider.ControlQueueBatchSize,
            ControlQueueBufferThreshold = provider.ControlQueueBufferThreshold,
            ControlQueueVisibilityTimeout = provider.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = provider.WorkItemQueueVisibilityTimeout,
            MaxQueuePollingInterval = provider.MaxQueuePollingInterval,
            PartitionTableOperationTimeout = provider.PartitionTableOperationTimeout,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivityFunctions,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestratorFunctions,
            ExtendedSessionsEnabled = options.ExtendedSessionsEnabled,
            ExtendedSessionIdleTimeout = TimeSpan.FromSeconds(options.ExtendedSessionIdleTimeoutInSeconds),
            LoggerFactory = loggerFactory,
            // Starting an id that is still running is refused with OrchestrationAlreadyExistsException, as in Durable
            // Functions; the provider's default ignores the start silently, and the caller would believe it started.
            ThrowExceptionOnInvalidDedupeStatus = true,
        };
    }

    /// <summary>One contribution to the registry.</summary>
    private sealed record DurableTaskRegistration(Action<DurableTaskRegistry> Register);
}
