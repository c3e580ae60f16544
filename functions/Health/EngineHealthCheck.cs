using HdndWorkflow.TaskHub.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HdndWorkflow.Functions.Health;

/// <summary>Healthy while this process's Durable Task worker runs (started, not stopping): it executes the workflows.</summary>
internal sealed class EngineHealthCheck(TaskHubWorkerState worker) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(worker.IsRunning
            ? HealthCheckResult.Healthy("The Durable Task worker is running.")
            : new HealthCheckResult(context.Registration.FailureStatus, "The Durable Task worker is not running."));
}
