using System.Text;
using Azure.Data.Tables;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.TaskHub.Client;

/// <summary>Instances whose keys fall in a range, a page at a time, straight from the Instances table.</summary>
public sealed partial class TaskHubClientShim
{
    /// <summary>
    /// One page of the instances whose PartitionKey is at least <paramref name="from"/> and below <paramref name="to"/>
    /// (null: no bound), in key order. DTFx's query offers an instance id prefix but no range; this is that query with
    /// both bounds free. It serves lists that cut the task hub into key ranges: Azure Table storage reads a key range
    /// from its index and stops at the page size, and the storage emulator, which sorts every row a query matches
    /// before it takes the page, then sorts only the range's. Rows are read as <see cref="GetInstancesByIdAsync"/> reads
    /// them; an escaped key is turned back into its instance id.
    /// </summary>
    /// <param name="from">The lowest key, or null.</param>
    /// <param name="to">The first key past the range, or null.</param>
    /// <param name="pageSize">The most instances the page holds (the service may answer fewer, with a continuation).</param>
    /// <param name="getInputsAndOutputs">Whether inputs and outputs are read too.</param>
    /// <param name="continuation">Where the previous page of the same range stopped.</param>
    /// <param name="cancellation">Cancels the reading.</param>
    public async Task<Page<OrchestrationMetadata>> GetInstancesInKeyRangeAsync(
        string? from, string? to, int pageSize, bool getInputsAndOutputs, string? continuation, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var table = instances ?? throw new InvalidOperationException("The shim was made without the task hub's Instances table.");
        var bounds = new List<string>();
        if (from is not null)
        {
            bounds.Add(TableClient.CreateQueryFilter($"PartitionKey ge {from}"));
        }

        if (to is not null)
        {
            bounds.Add(TableClient.CreateQueryFilter($"PartitionKey lt {to}"));
        }

        var filter = bounds.Count > 0 ? string.Join(" and ", bounds) : null;
        await foreach (var page in table.QueryAsync<TableEntity>(filter, pageSize, getInputsAndOutputs ? RangePayloadColumns : RangeListColumns, cancellation)
            .AsPages(continuation, pageSize).WithCancellation(cancellation))
        {
            var read = await Task.WhenAll(page.Values.Select(row => FromRowAsync(UnescapeKey(row.PartitionKey), row, getInputsAndOutputs, cancellation)));
            return new Page<OrchestrationMetadata>([.. read.OfType<OrchestrationMetadata>()], page.ContinuationToken);
        }

        return new Page<OrchestrationMetadata>([], null);
    }

    // The inverse of DTFx's KeySanitation.EscapePartitionKey (internal there): '^' escapes '^' itself ("^^"), '/' ("^0"),
    // '\' ("^1"), '#' ("^2"), '?' ("^3") and control characters (shifted up by 'À'). Keys already stored depend on
    // that scheme, so the provider cannot change it; ClientTests lists such an id to check it.
    private static string UnescapeKey(string key)
    {
        if (!key.Contains('^', StringComparison.Ordinal))
        {
            return key;
        }

        var id = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != '^' || i + 1 == key.Length)
            {
                id.Append(key[i]);
                continue;
            }

            var escaped = key[++i];
            id.Append(escaped switch
            {
                '0' => '/',
                '1' => '\\',
                '2' => '#',
                '3' => '?',
                >= 'À' => (char)(escaped - 'À'),
                _ => escaped,
            });
        }

        return id.ToString();
    }
}
