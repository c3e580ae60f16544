using Azure;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableInputValidationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("has-dash")]
    [InlineData("tables")]
    [InlineData("Bảng")]
    public void Invalid_table_names_are_refused(string name)
    {
        var act = () => azurite.Tables.GetTableClient(name);

        act.Should().Throw<ArgumentException>().WithMessage($"'{name}' is not a valid table name*");
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    public async Task Keys_with_forbidden_characters_are_refused_before_sending(string key)
    {
        var table = await azurite.NewTableAsync();

        var act = () => table.AddEntityAsync(new TableEntity("p", key));

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("RowKey contains*");
        (await table.QueryAsync().ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task An_entity_over_1_MiB_is_refused_and_nothing_is_written()
    {
        var table = await azurite.NewTableAsync();
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 20; i++)
        {
            entity[$"Part{i}"] = new string('đ', 30_000);
        }

        var act = () => table.AddEntityAsync(entity);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("The entity (p, r) is*bytes; the most is 1,048,576*");
        (await table.GetEntityAsync("p", "r")).Should().BeNull();
    }

    [Fact]
    public async Task A_string_property_over_64_KiB_is_refused()
    {
        var table = await azurite.NewTableAsync();

        var act = () => table.UpsertEntityAsync(new TableEntity("p", "r") { ["Body"] = new string('a', TableLimits.MaxStringLength + 1) });

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("Property 'Body' holds 32,769 characters*");
    }

    [Fact]
    public async Task Unsupported_property_types_and_names_are_refused()
    {
        var table = await azurite.NewTableAsync();

        var badType = () => table.AddEntityAsync(new TableEntity("p", "r") { ["Price"] = 1.5m });
        var badName = () => table.AddEntityAsync(new TableEntity("p", "r") { ["odata.etag"] = "x" });

        await badType.Should().ThrowAsync<ArgumentException>().WithMessage("Property 'Price' is a Decimal*");
        await badName.Should().ThrowAsync<ArgumentException>().WithMessage("'odata.etag' is not a valid property name*");
    }

    [Fact]
    public async Task Operations_on_a_missing_table_fail_with_404_and_a_clear_message()
    {
        var table = azurite.Tables.GetTableClient("Missing" + Guid.NewGuid().ToString("N")[..8]);

        var act = () => table.AddEntityAsync(new TableEntity("p", "r"));

        var error = (await act.Should().ThrowAsync<RequestFailedException>()).Which;
        error.Status.Should().Be(404);
        error.ErrorCode.Should().Be(StorageErrorCodes.TableNotFound);
        error.Message.Should().StartWith($"Inserting entity in table '{table.Name}' failed with 404 TableNotFound");
    }
}
