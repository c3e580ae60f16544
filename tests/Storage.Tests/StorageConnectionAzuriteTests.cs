using Azure.Data.Tables;

namespace HdndWorkflow.Storage.Tests;

/// <summary>The connection's clients really reach the account, and the SDK helpers work against it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageConnectionAzuriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_clients_reach_the_Table_Queue_and_Blob_services()
    {
        var connection = azurite.Connection;
        var name = $"c{Guid.NewGuid():N}"[..20];

        var table = connection.CreateTableServiceClient().GetTableClient(name);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Text"] = "xin chào" });
        var queue = connection.CreateQueueServiceClient().GetQueueClient(name);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("xin chào");
        var container = connection.CreateBlobServiceClient().GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync();
        await container.UploadBlobAsync("b", BinaryData.FromString("xin chào"));

        (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetString("Text").Should().Be("xin chào");
        (await queue.ReceiveMessageAsync()).Value.Body.ToString().Should().Be("xin chào");
        (await container.GetBlobClient("b").DownloadContentAsync()).Value.Content.ToString().Should().Be("xin chào");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024)]
    [InlineData((3 * 64 * 1024) + 7)]
    public async Task Binary_chunks_round_trip_through_the_service(int length)
    {
        var table = azurite.Connection.CreateTableServiceClient().GetTableClient($"k{Guid.NewGuid():N}"[..20]);
        await table.CreateIfNotExistsAsync();
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        var entity = new TableEntity("p", "r");

        entity.SetBinaryChunks("D", bytes);
        await table.AddEntityAsync(entity);
        var read = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        entity.Keys.Count(k => k.StartsWith('D')).Should().Be((length + StorageLimits.MaxBinaryBytes - 1) / StorageLimits.MaxBinaryBytes);
        read.GetBinaryChunks("D").Should().Equal(bytes);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("tables")]
    [InlineData("has-hyphen")]
    public void Table_names_the_service_refuses_are_refused_before(string name)
    {
        var act = () => StorageLimits.ValidateTableName(name);

        act.Should().Throw<ArgumentException>().WithMessage("*not a valid table name*");
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-start")]
    [InlineData("ab")]
    public void Queue_names_the_service_refuses_are_refused_before(string name)
    {
        var act = () => StorageLimits.ValidateQueueName(name);

        act.Should().Throw<ArgumentException>().WithMessage("*not a valid queue name*");
    }
}
