using Azure.Data.Tables;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>
/// The request validation tests' app and clock (they hold a conference and let links expire), with a view of what the
/// app has stored, to check that a refused request stored nothing.
/// </summary>
public sealed class InputAppFixture : ClockedAppFixture
{
    /// <summary>
    /// Every row of the app's own tables (conferences with their invitations, conclusions), each as
    /// "table|partition|row|etag", except those of the conferences in <paramref name="except"/>: other tests' conferences,
    /// whose workflows may still act when the clock has moved. Equal lists mean nothing was added, changed or removed.
    /// </summary>
    public async Task<IReadOnlyList<string>> StoredRowsAsync(IReadOnlySet<string> except)
    {
        ArgumentNullException.ThrowIfNull(except);
        var rows = new List<string>();
        foreach (var name in new[] { ConferenceStore.TableName, ConclusionStore.TableName })
        {
            await foreach (var row in Tables.GetTableClient(name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                if (!except.Contains(ConferenceOf(row)))
                {
                    rows.Add($"{name}|{row.PartitionKey}|{row.RowKey}|{row.ETag}");
                }
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The ids of every conference stored so far.</summary>
    public async Task<IReadOnlySet<string>> ConferencesAsync()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in Tables.GetTableClient(ConferenceStore.TableName).QueryAsync<TableEntity>("RowKey eq 'conference'", select: ["PartitionKey"]))
        {
            ids.Add(row.PartitionKey);
        }

        return ids;
    }

    private TableServiceClient Tables => Factory.Services.GetRequiredService<TableServiceClient>();

    // "{id}" and "{id}_3f" in table Conferences; "conclusion|{id}|…" in table Conclusions (a council's counters: none).
    private static string ConferenceOf(TableEntity row) =>
        row.RowKey.StartsWith("conclusion|", StringComparison.Ordinal) ? row.RowKey.Split('|')[1] : row.PartitionKey.Split('_')[0];
}

[CollectionDefinition(Name)]
public sealed class InputAppCollection : ICollectionFixture<InputAppFixture>
{
    public const string Name = "App for request validation, with a clock of its own";
}
