using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using HdndWorkflow.TaskHub;
using HdndWorkflow.TaskHub.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// The engine as the app hosts it, in this process: a Generic Host with <see cref="DurableTaskServiceCollectionExtensions.AddDurableTask"/>
/// (so our TaskHubService runs DTFx's TaskHubWorker on the AzureStorageOrchestrationService), host.json's
/// <c>extensions.durableTask</c> as configuration, one configuration's change over it, and a task hub of its own on
/// storage clients whose pipelines count every request. Warnings go to stderr; stdout stays for the report.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineHost(IHost host) => _host = host;

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public ActivityCounter Activities => _host.Services.GetRequiredService<ActivityCounter>();

    public TaskHubOptions Options => _host.Services.GetRequiredService<IOptions<TaskHubOptions>>().Value;

    public static async Task<EngineHost> StartAsync(string connectionString, RequestCounter counter, Configuration configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);

        // host.json's section, bound as the app binds it (the app reads the file under the Functions host's prefix).
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host.json"), optional: false);
        builder.Services.Configure<TaskHubOptions>(builder.Configuration.GetSection("extensions:durableTask"));
        builder.Services.PostConfigure<TaskHubOptions>(options =>
        {
            configuration.Change(options);
            options.HubName = "Bench" + Guid.NewGuid().ToString("N")[..8];
        });

        builder.Services.AddSingleton(new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(connectionString, Counted(new BlobClientOptions(), counter, StorageService.Blob)),
            StorageServiceClientProvider.ForQueue(connectionString, Counted(new QueueClientOptions(), counter, StorageService.Queue)),
            StorageServiceClientProvider.ForTable(connectionString, Counted(new TableClientOptions(), counter, StorageService.Table))));
        builder.Services.AddSingleton<ActivityCounter>();
        builder.Services.AddDurableTask(registry => registry
            .AddOrchestrator<HelloSequence>()
            .AddActivity<SayHello>()
            .AddOrchestrator<FanOutFanIn>()
            .AddActivity<Square>());
        var host = builder.Build();
        await host.StartAsync();
        return new EngineHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static T Counted<T>(T options, RequestCounter counter, StorageService service)
        where T : ClientOptions
    {
        options.AddPolicy(counter.PolicyFor(service), HttpPipelinePosition.PerRetry);
        return options;
    }
}
