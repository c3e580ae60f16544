using HdndWorkflow.DurableTask.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask.Hosting;

/// <summary>
/// Creates the task hub's tables and queues at start-up, before the app serves or dispatches anything. When storage
/// refuses (for example while a new deployment's role assignments propagate), the app still starts and creation is
/// retried in the background with backoff; dispatchers wait on missing queues meanwhile.
/// </summary>
internal sealed class TaskHubInitializer(TaskHubWorker worker, TimeProvider time, ILogger<TaskHubInitializer> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await worker.Storage.CreateIfNotExistsAsync(cancellationToken);
        }
        catch (Azure.RequestFailedException e)
        {
            Logs.InitializationFailed(logger, TimeSpan.FromSeconds(1), e);
            await base.StartAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var delay = TimeSpan.FromSeconds(1); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(1).Ticks)))
        {
            await Task.Delay(delay, time, stoppingToken);
            try
            {
                await worker.Storage.CreateIfNotExistsAsync(stoppingToken);
                return;
            }
            catch (Azure.RequestFailedException e)
            {
                Logs.InitializationFailed(logger, delay, e);
            }
        }
    }
}
