using System.Text;
using Azure.Data.Tables;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreStatus = DurableTask.Core.OrchestrationStatus;

namespace HdndWorkflow.TaskHub.Client;

/// <summary>Instances whose keys fall in a range, a page at a time, straight from the Instances table.</summary>
public sealed partial class TaskHubClientShim
{
    /// <summary>
    /// One page of the instances whose PartitionKey is at least <paramref name="from"/> and below <paramref name="to"/>
    /// (null: no bound) and that pass <paramref name="query"/>'s status and creation time filters, in key order. DTFx's
    /// query offers an instance id prefix but no range; this is that query with both bounds free. It serves lists that
    /// cut the task hub into key ranges: Azure Table storage reads a key range from its index and stops at the page
    /// size, and the storage emulator, which evaluates the filter on every row and sorts every match before it takes
    /// the page, then evaluates the rest of the filter only within the range (the range comes first) and sorts only the
    /// range's matches. Rows are read as <see cref="GetInstancesByIdAsync"/> reads them; an escaped key is turned back
    /// into its instance id.
    /// </summary>
    /// <param name="from">The lowest key, or null.</param>
    /// <param name="to">The first key past the range, or null.</param>
    /// <param name="query">Statuses, creation times, whether inputs and outputs are read, the page size (the service may
    /// answer fewer, with a continuation) and where the previous page of the same range and filter stopped. No
    /// instance id prefix: a prefix is a key range of its own.</param>
    /// <param name="cancellation">Cancels the reading.</param>
    public async Task<Page<OrchestrationMetadata>> GetInstancesInKeyRangeAsync(string? from, string? to, OrchestrationQuery query, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        if (query.InstanceIdPrefix is not null)
        {
            throw new ArgumentException("A key range takes no instance id prefix: give the prefix's range as the bounds.", nameof(query));
        }

        var table = instances ?? throw new InvalidOperationException("The shim was made without the task hub's Instances table.");
        var conditions = new List<string>();
        if (from is not null)
        {
            conditions.Add(TableClient.CreateQueryFilter($"PartitionKey ge {from}"));
        }

        if (to is not null)
        {
            conditions.Add(TableClient.CreateQueryFilter($"PartitionKey lt {to}"));
        }

        if (query.Statuses?.ToList() is { Count: > 0 } statuses)
        {
            conditions.Add("(" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"RuntimeStatus eq {((CoreStatus)s).ToString()}"))) + ")");
        }

        if (query.CreatedFrom is { } createdFrom)
        {
            conditions.Add(TableClient.CreateQueryFilter($"CreatedTime ge {createdFrom}"));
        }

        if (query.CreatedTo is { } createdTo)
        {
            conditions.Add(TableClient.CreateQueryFilter($"CreatedTime le {createdTo}"));
        }

        var withPayloads = query.FetchInputsAndOutputs;
        var filter = conditions.Count > 0 ? string.Join(" and ", conditions) : null;
        await foreach (var page in table.QueryAsync<TableEntity>(filter, query.PageSize, withPayloads ? RangePayloadColumns : RangeListColumns, cancellation)
            .AsPages(query.ContinuationToken, query.PageSize).WithCancellation(cancellation))
        {
            var read = await Task.WhenAll(page.Values.Select(row => FromRowAsync(UnescapeKey(row.PartitionKey), row, withPayloads, cancellation)));
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
