using DurableTask.AzureStorage;
using HdndWorkflow.TaskHub.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.TaskHub.Tests;

/// <summary>host.json's <c>extensions.durableTask</c>, with Durable Functions' names, configures the Azure Storage provider.</summary>
public sealed class TaskHubOptionsTests
{
    // The settings are read and validated before anything reaches storage, so no account needs to be running.
    private const string Storage = "UseDevelopmentStorage=true";

    [Fact]
    public void Durable_Functions_setting_names_reach_the_Azure_Storage_provider_settings()
    {
        var settings = ProviderSettings(new Dictionary<string, string?>
        {
            ["hubName"] = "HoiNghi2025",
            ["maxConcurrentActivityFunctions"] = "3",
            ["maxConcurrentOrchestratorFunctions"] = "5",
            ["extendedSessionsEnabled"] = "true",
            ["extendedSessionIdleTimeoutInSeconds"] = "45",
            ["storageProvider:partitionCount"] = "7",
            ["storageProvider:controlQueueBatchSize"] = "16",
            ["storageProvider:controlQueueBufferThreshold"] = "64",
            ["storageProvider:controlQueueVisibilityTimeout"] = "00:02:00",
            ["storageProvider:workItemQueueVisibilityTimeout"] = "00:03:00",
            ["storageProvider:maxQueuePollingInterval"] = "00:00:01",
        });

        settings.Should().BeEquivalentTo(new
        {
            TaskHubName = "HoiNghi2025",
            MaxConcurrentTaskActivityWorkItems = 3,
            MaxConcurrentTaskOrchestrationWorkItems = 5,
            ExtendedSessionsEnabled = true,
            ExtendedSessionIdleTimeout = TimeSpan.FromSeconds(45),
            PartitionCount = 7,
            ControlQueueBatchSize = 16,
            ControlQueueBufferThreshold = 64,
            ControlQueueVisibilityTimeout = TimeSpan.FromMinutes(2),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromMinutes(3),
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
        });
    }

    [Fact]
    public void Unset_settings_take_Durable_Functions_defaults()
    {
        var settings = ProviderSettings(new Dictionary<string, string?>());

        settings.Should().BeEquivalentTo(new
        {
            TaskHubName = "HdndWorkflow",
            MaxConcurrentTaskActivityWorkItems = 10 * Environment.ProcessorCount,
            MaxConcurrentTaskOrchestrationWorkItems = 10 * Environment.ProcessorCount,
            ExtendedSessionsEnabled = false,
            PartitionCount = 4,
            ControlQueueBatchSize = 32,
            ControlQueueVisibilityTimeout = TimeSpan.FromMinutes(5),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromMinutes(5),
            MaxQueuePollingInterval = TimeSpan.FromSeconds(30),
        });
    }

    [Theory]
    [InlineData("hubName", "hub-with-hyphens", "HubName")]
    [InlineData("hubName", "ab", "HubName")]
    [InlineData("maxConcurrentActivityFunctions", "0", "MaxConcurrentActivityFunctions")]
    [InlineData("maxConcurrentOrchestratorFunctions", "10001", "MaxConcurrentOrchestratorFunctions")]
    [InlineData("storageProvider:partitionCount", "17", "StorageProvider.PartitionCount")]
    [InlineData("storageProvider:controlQueueBatchSize", "33", "StorageProvider.ControlQueueBatchSize")]
    public async Task An_invalid_setting_stops_the_host_at_start_naming_the_setting(string key, string value, string named)
    {
        using var host = TaskHubHost.Build(Storage, new Dictionary<string, string?> { [key] = value });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain($"'{named}'");
    }

    private static AzureStorageOrchestrationServiceSettings ProviderSettings(IReadOnlyDictionary<string, string?> settings)
    {
        using var host = TaskHubHost.Build(Storage, settings);
        return DurableTaskServiceCollectionExtensions.Settings(
            host.Services.GetRequiredService<IOptions<TaskHubOptions>>().Value,
            host.Services.GetRequiredService<StorageAccountClientProvider>(),
            NullLoggerFactory.Instance);
    }
}
