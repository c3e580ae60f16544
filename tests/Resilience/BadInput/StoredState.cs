using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Every row of every table in the storage account (the app's tables and the task hub's Instances), as
/// "table|partition|row|etag": two equal snapshots mean nothing was added, changed or removed. Tables are found by
/// listing the account, so a table the app adds later is watched too; only <see cref="Ignored"/> is left out.
/// </summary>
internal sealed class StoredState(TableServiceClient tables, QueueServiceClient queues)
{
    /// <summary>Tables whose rows change without any request's input being taken, each with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Ignored = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // /health writes and reads a probe row in its own table to prove storage answers; the suite's start-up wait
        // calls it. The row is the probe's, not anything a client sent.
        ["health"] = "the health probe's own row, written by every /health call",

        // Data Protection's key ring (antiforgery tokens, cookies): written when the app first needs a key, on start,
        // never from a request's content.
        ["DataProtectionKeys"] = "the key ring, written at start-up",

        // The task hub's partition leases (DTFx's table partition manager): each worker renews its control queues'
        // leases every few seconds, whatever the requests. The hub's Instances and History tables are compared.
        ["HdndWorkflowPartitions"] = "the task hub's partition leases, renewed by the engine every few seconds",

        // Every history write of an orchestration updates its row in Instances too (status, last update, ETag), which
        // is compared; History is by far the largest table, and reading it after every request would slow the part.
        ["HdndWorkflowHistory"] = "covered by Instances: every history write updates the instance's row there",
    };

    /// <summary>The rows, sorted.</summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var table in tables.QueryAsync(cancellationToken: cancellationToken))
        {
            if (!Ignored.ContainsKey(table.Name))
            {
                names.Add(table.Name);
            }
        }

        var perTable = await Task.WhenAll(names.Select(async name =>
        {
            var rows = new List<string>();
            await foreach (var row in tables.GetTableClient(name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                rows.Add($"{name}|{row.PartitionKey}|{row.RowKey}|{row.ETag}");
            }

            return rows;
        }));
        var all = perTable.SelectMany(r => r).ToList();
        all.Sort(StringComparer.Ordinal);
        return all;
    }

    /// <summary>
    /// Whether the workflow engine has work waiting: a message visible in one of the task hub's queues (its control
    /// queues and work items). Messages it is working on are invisible, and so are durable timers due later, which
    /// is why this is asked together with rows that stopped changing.
    /// </summary>
    public async Task<bool> EngineHasWorkAsync(CancellationToken cancellationToken)
    {
        await foreach (var queue in queues.GetQueuesAsync(prefix: "hdndworkflow-", cancellationToken: cancellationToken))
        {
            var peeked = await queues.GetQueueClient(queue.Name).PeekMessagesAsync(1, cancellationToken);
            if (peeked.Value.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rows gone or changed (-) and new or changed (+), a few of each, for a report.</summary>
    public static string Difference(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var gone = before.Except(after).Take(3);
        var come = after.Except(before).Take(3);
        return $"-[{string.Join(", ", gone)}] +[{string.Join(", ", come)}]";
    }
}
