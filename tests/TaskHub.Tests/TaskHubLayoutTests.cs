namespace HdndWorkflow.TaskHub.Tests;

/// <summary>Starting the engine creates the task hub in the layout Durable Functions' Azure Storage provider uses.</summary>
[Collection(EngineCollection.Name)]
public sealed class TaskHubLayoutTests(EngineFixture engine)
{
    private const string Hub = EngineFixture.HubName;

    [Fact]
    public async Task The_hub_has_its_history_instances_and_partitions_tables()
    {
        var tables = await engine.Azurite.Connection.CreateTableServiceClient().QueryAsync().Select(t => t.Name).ToListAsync();

        tables.Where(name => name.StartsWith(Hub, StringComparison.Ordinal))
            .Should().BeEquivalentTo($"{Hub}History", $"{Hub}Instances", $"{Hub}Partitions");
    }

    [Fact]
    public async Task The_hub_has_one_control_queue_per_partition_and_one_work_item_queue()
    {
        var hub = Hub.ToLowerInvariant();

        var queues = await engine.Azurite.Connection.CreateQueueServiceClient().GetQueuesAsync(prefix: hub).Select(q => q.Name).ToListAsync();

        queues.Should().BeEquivalentTo(
            Enumerable.Range(0, EngineFixture.PartitionCount).Select(n => $"{hub}-control-{n:00}").Append($"{hub}-workitems"));
    }

    [Fact]
    public async Task The_hub_has_its_app_lease_container_and_keeps_partition_leases_in_its_table()
    {
        var hub = Hub.ToLowerInvariant();

        var containers = await engine.Azurite.Connection.CreateBlobServiceClient().GetBlobContainersAsync(prefix: hub).Select(c => c.Name).ToListAsync();

        // Partition leases live in the Partitions table (table partition management, the provider's default); the
        // large-message container is made when a payload first needs it.
        containers.Should().BeEquivalentTo($"{hub}-applease");
    }
}
