using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Paging_across_more_than_1000_entities_returns_each_once_in_key_order()
    {
        var table = await azurite.NewTableAsync();
        const int count = 2_450;
        for (var partition = 0; partition < 5; partition++)
        {
            for (var start = 0; start < 490; start += 98)
            {
                var p = partition;
                await table.SubmitTransactionAsync(Enumerable.Range(start, 98)
                    .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity($"p{p}", $"{i:D4}") { ["I"] = (p * 490) + i }))
                    .ToList());
            }
        }

        var firstPage = await table.QueryPageAsync();
        var all = await table.QueryAsync().ToListAsync();

        firstPage.Entities.Should().HaveCount(1000);
        firstPage.ContinuationToken.Should().NotBeNull();
        all.Should().HaveCount(count);
        all.Select(e => e.GetInt32("I")).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Enumerable.Range(0, count));
        all.Select(e => (e.PartitionKey, e.RowKey)).Should().BeInAscendingOrder(Comparer<(string, string)>.Create(
            (a, b) => string.CompareOrdinal(a.Item1 + "\0" + a.Item2, b.Item1 + "\0" + b.Item2)));
    }

    [Fact]
    public async Task Filter_select_and_top_shape_the_result()
    {
        var table = await azurite.NewTableAsync();
        var since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await table.SubmitTransactionAsync(Enumerable.Range(0, 30)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"{i:D2}")
            {
                ["Count"] = (long)i,
                ["When"] = since.AddDays(i),
                ["Name"] = $"Đại biểu {i}",
                ["Status"] = i % 2 == 0 ? "Chấp nhận" : "Từ chối",
            }))
            .ToList());

        var filter = TableFilter.Create($"PartitionKey eq {"p"} and Count ge {10L} and When lt {since.AddDays(20)} and Status eq {"Chấp nhận"}");
        var page = await table.QueryPageAsync(filter, select: ["Name"], top: 3);
        var all = await table.QueryAsync(filter, select: ["Name"], maxPerPage: 3).ToListAsync();

        page.Entities.Should().HaveCount(3);
        page.ContinuationToken.Should().NotBeNull();
        all.Select(e => e.RowKey).Should().Equal("10", "12", "14", "16", "18");
        all.Should().OnlyContain(e => e.Properties.Keys.SequenceEqual(new[] { "Name" }));
        all[0].GetString("Name").Should().Be("Đại biểu 10");
    }

    [Fact]
    public async Task Filter_literals_escape_quotes_and_type_their_values()
    {
        var id = Guid.Parse("7d6f0a52-2c56-4f43-9d3e-2a1f8b0c9e11");

        TableFilter.Create($"Name eq {"O'Brien"}").Should().Be("Name eq 'O''Brien'");
        TableFilter.Create($"A eq {5L} and B eq {5} and C eq {true} and D eq {id}")
            .Should().Be("A eq 5L and B eq 5 and C eq true and D eq guid'7d6f0a52-2c56-4f43-9d3e-2a1f8b0c9e11'");
        TableFilter.Create($"T ge {new DateTimeOffset(2024, 8, 2, 8, 0, 0, TimeSpan.FromHours(7))}")
            .Should().Be("T ge datetime'2024-08-02T01:00:00.0000000Z'");
    }

    [Fact]
    public async Task A_filter_with_a_quote_in_a_value_finds_the_entity()
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "1") { ["Name"] = "Trần Nhật 'Minh'" });
        await table.AddEntityAsync(new TableEntity("p", "2") { ["Name"] = "Trần Nhật Minh" });

        var found = await table.QueryAsync(TableFilter.Create($"Name eq {"Trần Nhật 'Minh'"}")).ToListAsync();

        found.Should().ContainSingle().Which.RowKey.Should().Be("1");
    }
}
