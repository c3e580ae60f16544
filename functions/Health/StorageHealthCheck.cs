using Azure;
using Azure.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HdndWorkflow.Functions.Health;

/// <summary>
/// Healthy when a storage service answers a create-if-not-exists of the health table or queue: the one call that proves
/// both reachability and permission to write.
/// </summary>
internal sealed class StorageHealthCheck(string service, string resource, Func<CancellationToken, Task<bool>> createIfNotExists) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var created = await createIfNotExists(cancellationToken);
            return HealthCheckResult.Healthy(created ? $"Created {service.ToLowerInvariant()} {resource}." : $"{service} {resource} exists.");
        }
        catch (Exception e) when (e is RequestFailedException or AuthenticationFailedException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, StorageFailure.Describe(service, e), e);
        }
    }
}
