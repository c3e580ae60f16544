using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.TaskHub.Hosting;

/// <summary>
/// Runs the Durable Task Framework's <see cref="TaskHubWorker"/> on the Azure Storage provider in the app's process,
/// the way the Durable Functions extension does inside the Functions host: it creates the task hub at start-up, then
/// executes the registered Microsoft.DurableTask orchestrators and activities through the worker's shim factory, and
/// stops gracefully (in-flight work items finish or are abandoned to other workers) when the app stops.
/// </summary>
internal sealed class TaskHubService(
    AzureStorageOrchestrationService service,
    DurableTaskRegistry registry,
    IServiceProvider services,
    IOptions<DurableTaskWorkerOptions> workerOptions,
    IOptions<TaskHubOptions> hub,
    IEnumerable<TaskHubMiddleware> middleware,
    TaskHubWorkerState state,
    ILoggerFactory loggerFactory,
    ILogger<TaskHubService> logger) : IHostedService
{
    private TaskHubWorker? _worker;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync();
        var shims = new DurableTaskShimFactory(workerOptions.Value, loggerFactory);
        var worker = new TaskHubWorker(service, loggerFactory)
        {
            // Microsoft.DurableTask reads failures as FailureDetails (TaskFailedException.FailureDetails), as in Functions.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        foreach (var (name, create) in registry.GetOrchestrators())
        {
            worker.AddTaskOrchestrations(new ShimCreator<TaskOrchestration>(name.Name, () => shims.CreateOrchestration(name, create(services))));
        }

        foreach (var (name, create) in registry.GetActivities())
        {
            worker.AddTaskActivities(new ShimCreator<TaskActivity>(name.Name, () => shims.CreateActivity(name, create(services))));
        }

        foreach (var observer in middleware)
        {
            worker.AddOrchestrationDispatcherMiddleware(observer.OnOrchestrationAsync);
            worker.AddActivityDispatcherMiddleware(observer.OnActivityAsync);
        }

        await worker.StartAsync();
        // As the Durable Functions extension does, once the worker has started (its dispatchers exist only then).
        worker.TaskOrchestrationDispatcher.IncludeParameters = hub.Value.StoreInputsInOrchestrationHistory;
        _worker = worker;
        state.Started();
        Logs.Started(logger, hub.Value.HubName, hub.Value.StorageProvider.PartitionCount);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        state.Stopping();
        if (_worker is { } worker)
        {
            try
            {
                // Forced: leases are released and unfinished work items return to their queues, as after a crash,
                // without waiting. Bounded by the host's shutdown timeout: with storage gone, DTFx would go on retrying.
                // The worker is not disposed afterwards: a stop that ran out of time may still be using it.
                await worker.StopAsync(isForced: true).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // A logger made at start-up: by now the host may be tearing logging down, and the factory refuses new ones.
                Logs.StopTimedOut(logger);
            }
        }
    }
}
