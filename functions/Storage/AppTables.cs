using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HdndWorkflow.Functions.Storage;

/// <summary>The app's own tables (conferences, conclusions, …), created once at start-up.</summary>
public static class AppTables
{
    /// <summary>Creates table <paramref name="name"/> at start-up if it is missing.</summary>
    public static IServiceCollection AddAppTable(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new AppTable(name));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AppTablesInitializer>());
        return services;
    }
}

/// <summary>A table of the app's, by name.</summary>
internal sealed record AppTable(string Name);

/// <summary>Creates the app's tables at start-up, retrying while storage is not yet reachable.</summary>
internal sealed class AppTablesInitializer(IEnumerable<AppTable> tables, TableServiceClient client, ILogger<AppTablesInitializer> logger) : IHostedService
{
    private const int Attempts = 10;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await client.GetTableClient(table.Name).CreateIfNotExistsAsync(cancellationToken);
                    break;
                }
                catch (Exception e) when (attempt < Attempts && e is Azure.RequestFailedException or HttpRequestException)
                {
                    logger.AppTableRetry(table.Name, attempt, e.Message);
                    await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
