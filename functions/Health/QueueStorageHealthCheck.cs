using Azure;
using Azure.Identity;
using HdndWorkflow.Storage.Queues;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Health;

/// <summary>Healthy when Queue storage answers a create-if-not-exists of the health queue.</summary>
internal sealed class QueueStorageHealthCheck(QueueServiceClient queues, IOptions<StorageHealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var queue = queues.GetQueueClient(options.Value.QueueName);
        try
        {
            var created = await queue.CreateIfNotExistsAsync(cancellationToken);
            return HealthCheckResult.Healthy(created ? $"Created queue {queue.Name}." : $"Queue {queue.Name} exists.");
        }
        catch (Exception e) when (e is RequestFailedException or AuthenticationFailedException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, StorageFailure.Describe("Queue", e), e);
        }
    }
}
