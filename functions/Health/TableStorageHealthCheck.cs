using Azure;
using Azure.Identity;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Health;

/// <summary>Healthy when Table storage answers a create-if-not-exists of the health table.</summary>
internal sealed class TableStorageHealthCheck(TableServiceClient tables, IOptions<StorageHealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var table = tables.GetTableClient(options.Value.TableName);
        try
        {
            var created = await table.CreateIfNotExistsAsync(cancellationToken);
            return HealthCheckResult.Healthy(created ? $"Created table {table.Name}." : $"Table {table.Name} exists.");
        }
        catch (Exception e) when (e is RequestFailedException or AuthenticationFailedException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, StorageFailure.Describe("Table", e), e);
        }
    }
}
