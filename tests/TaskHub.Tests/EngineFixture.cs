using HdndWorkflow.TaskHub.Tests.Orchestrations;
using HdndWorkflow.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HdndWorkflow.TaskHub.Tests;

/// <summary>
/// One Azurite and one running engine (task hub <see cref="HubName"/>, with the test orchestrations) for the engine's
/// tests; each test works on instance ids of its own.
/// </summary>
public sealed class EngineFixture : IAsyncLifetime
{
    public const string HubName = "EngineTests";

    /// <summary>Control queues of the hub: not Durable Functions' default (4), so the layout proves the setting is used.</summary>
    public const int PartitionCount = 2;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private Azurite? _azurite;
    private IHost? _host;

    public Azurite Azurite => _azurite!;

    public DurableTaskClient Client => _host!.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>A fresh instance id, readable in the task hub's tables.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Starts <paramref name="orchestrator"/> under <paramref name="instanceId"/> and waits until it finishes.</summary>
    public async Task<OrchestrationMetadata> RunAsync(string orchestrator, object? input, string instanceId)
    {
        await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId));
        return await WaitForCompletionAsync(instanceId);
    }

    /// <summary>Waits (generously: the machine is shared) until the instance finishes; its payloads are read too.</summary>
    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Polls the instance until <paramref name="condition"/> holds, failing after a generous wait.</summary>
    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true) is { } instance && condition(instance))
            {
                return instance;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {instanceId} was not {what} within {Patience.TotalSeconds:0} s.");
            }

            await Task.Delay(200);
        }
    }

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _host = TaskHubHost.Build(_azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["hubName"] = HubName,
            ["storageProvider:partitionCount"] = $"{PartitionCount}",
            ["storageProvider:maxQueuePollingInterval"] = "00:00:01",
        }, services => services.AddTestOrchestrations());
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "Engine";
}
