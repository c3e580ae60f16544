using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Health;

/// <summary>
/// Health endpoints, all anonymous, all answering JSON of one shape (<see cref="HealthResponse"/>): 200 when every check
/// they run is healthy, 503 when one is not.
/// <list type="bullet">
/// <item><c>GET /health/live</c>: liveness. The process answers; no check, no dependency (restart it if this fails).</item>
/// <item><c>GET /health/ready</c>: readiness. Table and Queue storage really answer, and the workflow engine's worker
/// runs (send it traffic only then).</item>
/// <item><c>GET /health</c>: the storage checks alone, as before readiness existed (kept for monitors that use it).</item>
/// </list>
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The check that reaches Table storage.</summary>
    public const string TableStorageCheck = "table-storage";

    /// <summary>The check that reaches Queue storage.</summary>
    public const string QueueStorageCheck = "queue-storage";

    /// <summary>The check that the Durable Task worker runs.</summary>
    public const string EngineCheck = "workflow-engine";

    private const string StorageTag = "storage";
    private const string ReadyTag = "ready";

    /// <summary>Registers the storage and engine checks and their options.</summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageHealthOptions>()
            .BindConfiguration(StorageHealthOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<StorageHealthOptions>, StorageHealthOptionsValidator>());

        // The checks' timeout is a bound option, known only once the container is built: register them through options.
        builder.Services.AddHealthChecks();
        builder.Services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<StorageHealthOptions>>((checks, health) =>
        {
            var (table, queue, timeout) = (health.Value.TableName, health.Value.QueueName, health.Value.Timeout);
            checks.Registrations.Add(Registration(TableStorageCheck, timeout, sp => new StorageHealthCheck(
                "Table", table, async ct => (await sp.GetRequiredService<TableServiceClient>().GetTableClient(table).CreateIfNotExistsAsync(ct)).GetRawResponse().Status != 409)));
            checks.Registrations.Add(Registration(QueueStorageCheck, timeout, sp => new StorageHealthCheck(
                "Queue", queue, async ct => (await sp.GetRequiredService<QueueServiceClient>().GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: ct))?.Status == 201)));
            checks.Registrations.Add(new HealthCheckRegistration(
                EngineCheck, sp => ActivatorUtilities.CreateInstance<EngineHealthCheck>(sp), HealthStatus.Unhealthy, [ReadyTag], timeout));
        });
        return builder;
    }

    /// <summary>Maps <c>/health</c>, <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks("/health", Options(check => check.Tags.Contains(StorageTag)));
        endpoints.MapHealthChecks("/health/live", Options(_ => false));
        endpoints.MapHealthChecks("/health/ready", Options(check => check.Tags.Contains(ReadyTag)));
        return endpoints;
    }

    // The default status codes: 200 for Healthy (and Degraded, which no check reports), 503 for Unhealthy.
    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(
            HealthResponse.From(report), HealthJsonContext.Default.HealthResponse, contentType: null, context.RequestAborted),
    };

    private static HealthCheckRegistration Registration(string name, TimeSpan timeout, Func<IServiceProvider, IHealthCheck> check) =>
        new(name, check, HealthStatus.Unhealthy, [StorageTag, ReadyTag], timeout);
}
