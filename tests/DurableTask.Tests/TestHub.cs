using HdndWorkflow.DurableTask.Hosting;
using HdndWorkflow.DurableTask.Worker;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.DurableTask.Tests;

/// <summary>
/// A running worker on its own task hub in the shared Azurite, with a clock tests can advance. Two TestHubs with the
/// same hub name are two workers of one hub.
/// </summary>
public sealed class TestHub : IAsyncDisposable
{
    private readonly IHost _host;

    private TestHub(IHost host, string hubName)
    {
        _host = host;
        HubName = hubName;
    }

    public string HubName { get; }

    public IServiceProvider Services => _host.Services;

    public DurableTaskClient Client => Services.GetRequiredService<DurableTaskClient>();

    public TaskHubWorker Worker => Services.GetRequiredService<TaskHubWorker>();

    public TestClock Clock => (TestClock)Services.GetRequiredService<TimeProvider>();

    public DurableTaskOptions Options => Services.GetRequiredService<IOptions<DurableTaskOptions>>().Value;

    public TableServiceClient Tables => Services.GetRequiredService<TableServiceClient>();

    public static string NewHubName() => "T" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<TestHub> StartAsync(
        AzuriteFixture azurite,
        Action<DurableTaskRegistry> register,
        Action<DurableTaskOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        string? hubName = null,
        bool selfHosted = true)
    {
        hubName ??= NewHubName();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(new TableServiceClient(azurite.Azurite.Account));
        builder.Services.AddSingleton(new QueueServiceClient(azurite.Azurite.Account));
        builder.Services.AddSingleton<TimeProvider>(new TestClock());
        builder.Services.AddDurableTask(register, selfHosted);
        builder.Services.PostConfigure<DurableTaskOptions>(options =>
        {
            options.HubName = hubName;
            options.PartitionCount = 2;
            options.MinQueuePollingInterval = TimeSpan.FromMilliseconds(10);
            options.MaxQueuePollingInterval = TimeSpan.FromMilliseconds(100);
            options.ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(30);
            options.MaxTimerDelay = TimeSpan.FromSeconds(1);
            configure?.Invoke(options);
        });
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new TestHub(host, hubName);
    }

    /// <summary>Waits for the instance to finish, failing the test after <paramref name="seconds"/>.</summary>
    public async Task<OrchestrationMetadata> CompletionAsync(string instanceId, int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing the test after <paramref name="seconds"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The condition did not hold within {seconds} s.");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
