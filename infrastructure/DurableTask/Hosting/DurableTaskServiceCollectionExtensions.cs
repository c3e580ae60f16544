using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.Storage;
using HdndWorkflow.DurableTask.Worker;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.DurableTask.Hosting;

/// <summary>Registers the engine: options from host.json's durableTask section, worker, client and (self-hosted) dispatcher.</summary>
public static class DurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine with the orchestrators and activities <paramref name="register"/> names. Needs a
    /// <see cref="TableServiceClient"/> and a <see cref="QueueServiceClient"/> in the container. With
    /// <paramref name="selfHosted"/>, background dispatchers poll the control queues; otherwise the Azure Functions
    /// host delivers the messages (see <see cref="DurableTaskEndpoints"/>).
    /// </summary>
    public static IServiceCollection AddDurableTask(this IServiceCollection services, Action<DurableTaskRegistry> register, bool selfHosted = true)
    {
        services.ConfigureDurableTask(register);
        services.TryAddSingleton(sp =>
        {
            var registry = new DurableTaskRegistry();
            foreach (var registration in sp.GetServices<DurableTaskRegistration>())
            {
                registration.Register(registry);
            }

            return registry;
        });
        services.AddOptions<DurableTaskOptions>().BindConfiguration(DurableTaskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new DataConverter());
        services.AddSingleton(sp => new TaskHubStorage(
            sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<QueueServiceClient>(), sp.GetRequiredService<IOptions<DurableTaskOptions>>().Value));
        services.AddSingleton(sp => new TaskHubEnvironment(
            sp.GetRequiredService<DurableTaskRegistry>(), sp, sp.GetRequiredService<DataConverter>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TaskHubWorker(
            sp.GetRequiredService<TaskHubStorage>(), sp.GetRequiredService<TaskHubEnvironment>(), sp.GetRequiredService<IOptions<DurableTaskOptions>>().Value));
        services.AddSingleton(sp => new DurableTaskClient(
            sp.GetRequiredService<TaskHubStorage>(), sp.GetRequiredService<DataConverter>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<TaskHubInitializer>();
        if (selfHosted)
        {
            services.AddHostedService<TaskHubDispatcher>();
        }

        return services;
    }

    /// <summary>
    /// Adds orchestrators and activities to the engine's registry. Contributions may come before or after
    /// <see cref="AddDurableTask"/> (tests add theirs last); all apply when the worker is first created.
    /// </summary>
    public static IServiceCollection ConfigureDurableTask(this IServiceCollection services, Action<DurableTaskRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        services.AddSingleton(new DurableTaskRegistration(register));
        return services;
    }

    /// <summary>One contribution to the registry.</summary>
    private sealed record DurableTaskRegistration(Action<DurableTaskRegistry> Register);
}
