using HdndWorkflow.DurableTask.Worker;
using Microsoft.Extensions.Hosting;

namespace HdndWorkflow.DurableTask.Hosting;

/// <summary>Creates the task hub's tables and queues at start-up, before the app serves or dispatches anything.</summary>
internal sealed class TaskHubInitializer(TaskHubWorker worker) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => worker.Storage.CreateIfNotExistsAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
