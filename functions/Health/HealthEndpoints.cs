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
            checks.Registrations.Add(Registration<TableStorageHealthCheck>(TableStorageCheck, health.Value.Timeout));
            checks.Registrations.Add(Registration<QueueStorageHealthCheck>(QueueStorageCheck, health.Value.Timeout));
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

    private static HealthCheckRegistration Registration<TCheck>(string name, TimeSpan timeout)
        where TCheck : class, IHealthCheck =>
        new(name, ActivatorUtilities.GetServiceOrCreateInstance<TCheck>, HealthStatus.Unhealthy, ["storage"], timeout);
}
