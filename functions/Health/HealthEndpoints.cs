using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Health;

/// <summary><c>GET /health</c>: ASP.NET Core health checks that really reach Table and Queue storage.</summary>
public static class HealthEndpoints
{
    /// <summary>The check that reaches Table storage.</summary>
    public const string TableStorageCheck = "table-storage";

    /// <summary>The check that reaches Queue storage.</summary>
    public const string QueueStorageCheck = "queue-storage";

    /// <summary>Registers the storage checks and their options.</summary>
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
        });
        return builder;
    }

    /// <summary>Maps <c>GET /health</c>: 200 when every check is healthy, 503 when one is not, with a JSON status per check.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            // The default status codes: 200 for Healthy (and Degraded, which no check reports), 503 for Unhealthy.
            ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(
                HealthResponse.From(report), HealthJsonContext.Default.HealthResponse, contentType: null, context.RequestAborted),
        });
    }

    private static HealthCheckRegistration Registration(string name, TimeSpan timeout, Func<IServiceProvider, IHealthCheck> check) =>
        new(name, check, HealthStatus.Unhealthy, ["storage"], timeout);
}
