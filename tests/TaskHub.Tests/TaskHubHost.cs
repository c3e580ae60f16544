using DurableTask.AzureStorage;
using HdndWorkflow.TaskHub.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.TaskHub.Tests;

/// <summary>
/// A generic host with the engine glue as the app wires it: host.json-like settings under
/// <see cref="TaskHubOptions.Section"/> in memory, the task hub's account from a connection string.
/// </summary>
public static class TaskHubHost
{
    /// <summary>
    /// Builds (does not start) a host whose engine uses <paramref name="settings"/> (keys relative to the section);
    /// <paramref name="configure"/> adds orchestrations the way tests do, after the engine.
    /// </summary>
    public static IHost Build(string connectionString, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"{TaskHubOptions.Section}:{s.Key}", s.Value)));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new StorageAccountClientProvider(connectionString));
        builder.Services.AddDurableTask(_ => { });
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
