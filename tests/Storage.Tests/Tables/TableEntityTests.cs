using Azure;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableEntityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Typed_properties_round_trip_exactly()
    {
        var table = await azurite.NewTableAsync();
        var when = new DateTimeOffset(2026, 3, 15, 7, 30, 12, TimeSpan.Zero).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "Hội đồng nhân dân tỉnh – “Kỳ họp thứ tư”",
            ["Int32"] = int.MinValue,
            ["Int64"] = long.MaxValue,
            ["Double"] = 1.0,
            ["Fraction"] = 0.1 + 0.2,
            ["NaN"] = double.NaN,
            ["Infinite"] = double.NegativeInfinity,
            ["Flag"] = true,
            ["When"] = when,
            ["WhenUtc"] = new DateTime(2024, 8, 2, 1, 0, 0, DateTimeKind.Utc).AddTicks(1),
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 2, 254, 255 },
            ["Empty"] = string.Empty,
        };

        await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p", "r");

        read.Should().NotBeNull();
        read!.GetString("Text").Should().Be("Hội đồng nhân dân tỉnh – “Kỳ họp thứ tư”");
        read["Int32"].Should().Be(int.MinValue);
        read["Int64"].Should().Be(long.MaxValue);
        read["Double"].Should().BeOfType<double>().Which.Should().Be(1.0);
        read["Fraction"].Should().Be(0.1 + 0.2);
        read.GetDouble("NaN").Should().Be(double.NaN);
        read["Infinite"].Should().Be(double.NegativeInfinity);
        read["Flag"].Should().Be(true);
        read.GetDateTimeOffset("When")!.Value.UtcTicks.Should().Be(when.UtcTicks);
        read.GetDateTimeOffset("WhenUtc")!.Value.UtcDateTime.Should().Be(new DateTime(2024, 8, 2, 1, 0, 0, DateTimeKind.Utc).AddTicks(1));
        read["Id"].Should().Be(id);
        read.GetBinary("Bytes")!.ToArray().Should().Equal(0, 1, 2, 254, 255);
        read["Empty"].Should().Be(string.Empty);
        read.Timestamp.Should().NotBeNull();
        read.ETag.Should().NotBe(default(ETag));
    }

    [Theory]
    [InlineData("O'Brien", "it''s")]
    [InlineData("Hội đồng nhân dân", "Phường Bến Thành – đặc khu")]
    [InlineData("a b+c&d=e%f", "(x,y)*!;:@$")]
    [InlineData("日本語", "emoji 😀")]
    public async Task Keys_with_quotes_unicode_and_reserved_url_characters_round_trip(string partitionKey, string rowKey)
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 1 });

        var read = await table.GetEntityAsync(partitionKey, rowKey);
        var queried = await table.QueryAsync(TableFilter.Create($"PartitionKey eq {partitionKey} and RowKey eq {rowKey}")).ToListAsync();
        var deleted = await table.DeleteEntityAsync(partitionKey, rowKey);

        read.Should().NotBeNull();
        read!.PartitionKey.Should().Be(partitionKey);
        read.RowKey.Should().Be(rowKey);
        queried.Should().ContainSingle().Which.RowKey.Should().Be(rowKey);
        deleted.Should().BeTrue();
        (await table.GetEntityAsync(partitionKey, rowKey)).Should().BeNull();
    }

    [Fact]
    public async Task Insert_of_existing_keys_fails_with_409_EntityAlreadyExists()
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var act = () => table.AddEntityAsync(new TableEntity("p", "r"));

        var error = (await act.Should().ThrowAsync<RequestFailedException>()).Which;
        error.Status.Should().Be(409);
        error.ErrorCode.Should().Be(StorageErrorCodes.EntityAlreadyExists);
        error.Message.Should().Contain(table.Name);
    }

    [Fact]
    public async Task Two_writers_with_the_same_ETag_one_wins_and_the_other_gets_412()
    {
        var table = await azurite.NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["Count"] = 0 });

        var writers = Enumerable.Range(1, 2).Select(async n =>
        {
            try
            {
                await table.UpdateEntityAsync(new TableEntity("p", "r") { ["Count"] = n }, etag, TableUpdateMode.Replace);
                return (int?)null;
            }
            catch (RequestFailedException e)
            {
                e.ErrorCode.Should().Be(StorageErrorCodes.UpdateConditionNotSatisfied);
                return e.Status;
            }
        });
        var outcomes = await Task.WhenAll(writers);

        outcomes.Should().BeEquivalentTo(new int?[] { null, 412 });
        var stored = await table.GetEntityAsync("p", "r");
        stored!.GetInt32("Count").Should().BeOneOf(1, 2);
    }

    [Fact]
    public async Task Merge_keeps_other_properties_and_replace_drops_them()
    {
        var table = await azurite.NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        etag = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, etag, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync("p", "r");
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["C"] = "c" }, etag, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync("p", "r");

        merged!.Properties.Should().BeEquivalentTo(new Dictionary<string, object?> { ["A"] = "a", ["B"] = "b2" });
        replaced!.Properties.Should().BeEquivalentTo(new Dictionary<string, object?> { ["C"] = "c" });
    }

    [Fact]
    public async Task Upsert_inserts_then_merges_or_replaces()
    {
        var table = await azurite.NewTableAsync();

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = 3 }, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync("p", "r");
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = 4 }, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync("p", "r");

        merged!.Properties.Should().BeEquivalentTo(new Dictionary<string, object?> { ["A"] = 1, ["B"] = 3 });
        replaced!.Properties.Should().BeEquivalentTo(new Dictionary<string, object?> { ["C"] = 4 });
    }

    [Fact]
    public async Task Delete_with_a_stale_ETag_fails_with_412_and_keeps_the_entity()
    {
        var table = await azurite.NewTableAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, first);

        var act = () => table.DeleteEntityAsync("p", "r", first);

        (await act.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().Be(412);
        (await table.GetEntityAsync("p", "r")).Should().NotBeNull();
        (await table.DeleteEntityAsync("missing", "r")).Should().BeFalse();
    }

    [Fact]
    public async Task Update_of_a_missing_entity_fails_with_404_ResourceNotFound()
    {
        var table = await azurite.NewTableAsync();

        var act = () => table.UpdateEntityAsync(new TableEntity("p", "missing"), ETag.All);

        var error = (await act.Should().ThrowAsync<RequestFailedException>()).Which;
        error.Status.Should().Be(404);
        error.ErrorCode.Should().Be(StorageErrorCodes.ResourceNotFound);
    }

    [Fact]
    public async Task Create_if_not_exists_is_idempotent_and_delete_removes_the_table()
    {
        var table = azurite.Tables.GetTableClient("Idempotent" + Guid.NewGuid().ToString("N")[..8]);

        (await table.CreateIfNotExistsAsync()).Should().BeTrue();
        (await table.CreateIfNotExistsAsync()).Should().BeFalse();
        (await table.DeleteAsync()).Should().BeTrue();
        (await table.DeleteAsync()).Should().BeFalse();

        var act = () => table.AddEntityAsync(new TableEntity("p", "r"));
        (await act.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().Be(404);
    }

    [Fact]
    public async Task Bytes_larger_than_one_property_round_trip_as_numbered_chunks()
    {
        var table = await azurite.NewTableAsync();
        var bytes = new byte[200_000];
        Random.Shared.NextBytes(bytes);
        var entity = new TableEntity("p", "r");
        entity.SetBinaryChunks("D", bytes);

        await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p", "r");

        entity.Properties.Keys.Should().Equal("D0", "D1", "D2", "D3");
        read!.GetBinaryChunks("D").Should().Equal(bytes);
        read.GetBinaryChunks("Missing").Should().BeEmpty();
    }
}
