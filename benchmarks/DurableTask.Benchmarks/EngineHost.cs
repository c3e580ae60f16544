using HdndWorkflow.DurableTask.Hosting;
using HdndWorkflow.DurableTask.Worker;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// One self-hosted worker in this process, as an app hosts it (Generic Host + AddDurableTask), on Table and Queue
/// clients whose pipelines count every request. Warnings go to stderr; stdout stays for the report.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineHost(IHost host) => _host = host;

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    public TaskHubWorker Worker => _host.Services.GetRequiredService<TaskHubWorker>();

    public ActivityCounter Activities => _host.Services.GetRequiredService<ActivityCounter>();

    public DurableTaskOptions Options => _host.Services.GetRequiredService<IOptions<DurableTaskOptions>>().Value;

    public static async Task<EngineHost> StartAsync(StorageAccount account, RequestCounter counter, CompletionObserver observer, BenchmarkSettings settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddProvider(observer);
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
        builder.Services.AddSingleton(new TableServiceClient(account, counter.OptionsFor(StorageKind.Table, settings.Connections)));
        builder.Services.AddSingleton(new QueueServiceClient(account, counter.OptionsFor(StorageKind.Queue, settings.Connections)));
        builder.Services.AddSingleton<ActivityCounter>();
        builder.Services.AddDurableTask(registry => registry
            .AddOrchestrator<HelloSequence>()
            .AddActivity<SayHello>()
            .AddOrchestrator<FanOutFanIn>()
            .AddActivity<Square>());
        builder.Services.PostConfigure<DurableTaskOptions>(settings.Apply);
        var host = builder.Build();
        await host.StartAsync();
        return new EngineHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
