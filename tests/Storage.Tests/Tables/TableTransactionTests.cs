using Azure;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableTransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_transaction_of_100_inserts_commits_them_all_and_returns_their_ETags()
    {
        var table = await azurite.NewTableAsync();
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"{i:D3}") { ["N"] = i, ["Tên"] = "Đại biểu" }))
            .ToList();

        var etags = await table.SubmitTransactionAsync(actions);

        etags.Should().HaveCount(100).And.OnlyContain(e => e != default(ETag));
        var stored = await table.QueryAsync(TableFilter.Create($"PartitionKey eq {"p"}")).ToListAsync();
        stored.Select(e => e.GetInt32("N")).Should().BeEquivalentTo(Enumerable.Range(0, 100));
    }

    [Fact]
    public async Task Every_kind_of_operation_applies_in_one_transaction()
    {
        var table = await azurite.NewTableAsync();
        var etagA = await table.AddEntityAsync(new TableEntity("p", "a") { ["V"] = 1, ["Keep"] = "k" });
        var etagB = await table.AddEntityAsync(new TableEntity("p", "b") { ["V"] = 1, ["Drop"] = "d" });
        await table.AddEntityAsync(new TableEntity("p", "c"));
        await table.AddEntityAsync(new TableEntity("p", "e") { ["V"] = 1 });

        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "a") { ["V"] = 2 }, etagA),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "b") { ["V"] = 2 }, etagB),
            new(TableTransactionActionType.Delete, new TableEntity("p", "c")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "d") { ["V"] = 2 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "e") { ["W"] = 2 }),
            new(TableTransactionActionType.Add, new TableEntity("p", "f") { ["V"] = 2 }),
        ]);

        var rows = (await table.QueryAsync().ToListAsync()).ToDictionary(e => e.RowKey, e => e.Properties);
        rows.Keys.Should().BeEquivalentTo("a", "b", "d", "e", "f");
        rows["a"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["V"] = 2, ["Keep"] = "k" });
        rows["b"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["V"] = 2 });
        rows["e"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["W"] = 2 });
    }

    [Fact]
    public async Task A_failing_operation_rolls_the_whole_transaction_back()
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken") { ["V"] = "original" });

        var act = () => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "new1")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "taken2") { ["V"] = "x" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken") { ["V"] = "changed" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "new2")),
        ]);

        var error = (await act.Should().ThrowAsync<TableTransactionFailedException>()).Which;
        error.Status.Should().Be(409);
        error.ErrorCode.Should().Be(StorageErrorCodes.EntityAlreadyExists);
        error.FailedActionIndex.Should().Be(2);
        error.Should().BeAssignableTo<RequestFailedException>();
        var stored = await table.QueryAsync().ToListAsync();
        stored.Should().ContainSingle().Which.GetString("V").Should().Be("original");
    }

    [Fact]
    public async Task A_stale_ETag_in_a_transaction_fails_with_412_and_writes_nothing()
    {
        var table = await azurite.NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var act = () => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "other")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "r") { ["V"] = 3 }, stale),
        ]);

        (await act.Should().ThrowAsync<TableTransactionFailedException>()).Which.Status.Should().Be(412);
        (await table.QueryAsync().ToListAsync()).Should().ContainSingle().Which.GetInt32("V").Should().Be(2);
    }

    [Fact]
    public async Task More_than_100_operations_are_refused_before_sending()
    {
        var table = await azurite.NewTableAsync();
        var actions = Enumerable.Range(0, 101)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();

        var act = () => table.SubmitTransactionAsync(actions);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*1 to 100 operations*101*");
        (await table.QueryAsync().ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Two_partitions_in_one_transaction_are_refused_before_sending()
    {
        var table = await azurite.NewTableAsync();

        var act = () => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p1", "r")),
            new(TableTransactionActionType.Add, new TableEntity("p2", "r")),
        ]);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*one partition*p1*p2*");
        (await table.QueryAsync().ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task The_same_row_twice_in_one_transaction_is_refused_before_sending()
    {
        var table = await azurite.NewTableAsync();

        var act = () => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "r")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "r")),
        ]);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*'r' appears twice*");
    }

    [Fact]
    public async Task A_transaction_over_4_MiB_is_refused_before_sending()
    {
        var table = await azurite.NewTableAsync();
        var big = new string('x', 30_000);
        var actions = Enumerable.Range(0, 80)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"{i:D2}") { ["A"] = big, ["B"] = big }))
            .ToList();

        var act = () => table.SubmitTransactionAsync(actions);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*payload*4,194,304*");
        (await table.QueryAsync().ToListAsync()).Should().BeEmpty();
    }
}
