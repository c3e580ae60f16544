using System.Globalization;
using System.Text.Json;
using Azure;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask.Storage;

/// <summary>An instance's state row: which execution is current and how far its history goes.</summary>
internal sealed record InstanceState(int Generation, string ExecutionId, int NextRow, string Name, OrchestrationRuntimeStatus Status, long EventCount);

/// <summary>What loading an instance found: its state (null when it does not exist), the state row's ETag, and its history.</summary>
internal sealed record LoadedInstance(InstanceState? State, ETag ETag, List<HistoryEvent> History);

/// <summary>
/// Keeps each instance's history in its own partition of the History table: a state row (<c>state</c>) and history
/// rows (<c>h{generation}{row}</c>) holding events as JSON lines. A step's rows and the state row change in one entity
/// group transaction guarded by the state row's ETag, so a step commits whole or not at all and only one of two racing
/// workers commits. A step too large for one transaction writes its leading rows first: rows beyond the state row's
/// <c>NextRow</c> are invisible until the final transaction moves it.
/// </summary>
internal sealed class HistoryStore(TableClient table)
{
    private const string StateRowKey = "state";
    private const int MaxRowBytes = 900 * 1024;
    private const int MaxTransactionBytes = 3 * 1024 * 1024;

    public async Task<LoadedInstance> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        TableEntity? stateRow = null;
        await foreach (var row in table.QueryAsync(TableFilter.Create($"PartitionKey eq {instanceId}"), cancellationToken: cancellationToken))
        {
            if (row.RowKey == StateRowKey)
            {
                stateRow = row;
            }
            else
            {
                rows.Add(row);
            }
        }

        if (stateRow is null)
        {
            return new LoadedInstance(null, default, []);
        }

        var state = ReadState(stateRow);
        var first = RowKey(state.Generation, 0);
        var end = RowKey(state.Generation, state.NextRow);
        var history = new List<HistoryEvent>((int)Math.Min(state.EventCount, 100_000));
        foreach (var row in rows)
        {
            if (string.CompareOrdinal(row.RowKey, first) >= 0 && string.CompareOrdinal(row.RowKey, end) < 0)
            {
                ReadEvents(row, history);
            }
        }

        return new LoadedInstance(state, stateRow.ETag, history);
    }

    /// <summary>Reads only the state row (null when the instance does not exist) and its ETag.</summary>
    public async Task<(InstanceState? State, ETag ETag)> LoadStateAsync(string instanceId, CancellationToken cancellationToken) =>
        await table.GetEntityAsync(instanceId, StateRowKey, cancellationToken: cancellationToken) is { } row
            ? (ReadState(row), row.ETag)
            : (null, default);

    /// <summary>
    /// Appends <paramref name="events"/> and writes <paramref name="state"/> (whose NextRow this call sets) if the state
    /// row still has <paramref name="etag"/> (default: the instance must not exist). Returns the new state and ETag.
    /// </summary>
    public async Task<(InstanceState State, ETag ETag)> CommitAsync(string instanceId, ETag etag, InstanceState state, int firstRow, IReadOnlyList<HistoryEvent> events, CancellationToken cancellationToken)
    {
        var rows = Pack(instanceId, state.Generation, firstRow, events);
        state = state with { NextRow = firstRow + rows.Count };

        // Leading groups go first when the step does not fit one transaction; they stay invisible until the last one.
        var groups = Group(rows);
        for (var i = 0; i < groups.Count - 1; i++)
        {
            await table.SubmitTransactionAsync(groups[i].ConvertAll(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }

        var last = groups.Count == 0 ? [] : groups[^1];
        var stateAction = etag == default
            ? new TableTransactionAction(TableTransactionActionType.Add, WriteState(instanceId, state))
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, WriteState(instanceId, state), etag);
        var etags = await table.SubmitTransactionAsync(
            [stateAction, .. last.ConvertAll(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))],
            cancellationToken);
        return (state, etags[0]);
    }

    /// <summary>Deletes the rows of one generation (after the instance moved on, or on purge).</summary>
    public async Task DeleteRowsAsync(string instanceId, string? rowKeyPrefix, CancellationToken cancellationToken)
    {
        var filter = rowKeyPrefix is null
            ? TableFilter.Create($"PartitionKey eq {instanceId}")
            : TableFilter.Create($"PartitionKey eq {instanceId} and RowKey ge {rowKeyPrefix} and RowKey lt {rowKeyPrefix + "~"}");
        var batch = new List<TableTransactionAction>(100);
        await foreach (var row in table.QueryAsync(filter, select: [], cancellationToken: cancellationToken))
        {
            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, row));
            if (batch.Count == 100)
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
                batch = new List<TableTransactionAction>(100);
            }
        }

        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    public static string GenerationPrefix(int generation) => "h" + generation.ToString("D6", CultureInfo.InvariantCulture);

    private static string RowKey(int generation, int row) => GenerationPrefix(generation) + row.ToString("D9", CultureInfo.InvariantCulture);

    private static List<TableEntity> Pack(string instanceId, int generation, int firstRow, IReadOnlyList<HistoryEvent> events)
    {
        var rows = new List<TableEntity>();
        using var buffer = new MemoryStream();
        var count = 0;
        foreach (var historyEvent in events)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(historyEvent, HistoryJson.Default.HistoryEvent);
            if (buffer.Length > 0 && buffer.Length + json.Length + 1 > MaxRowBytes)
            {
                rows.Add(Row(instanceId, RowKey(generation, firstRow + rows.Count), buffer, count));
                (buffer.Position, count) = (0, 0);
                buffer.SetLength(0);
            }

            if (buffer.Length > 0)
            {
                buffer.WriteByte((byte)'\n');
            }

            buffer.Write(json);
            count++;
        }

        if (buffer.Length > 0)
        {
            rows.Add(Row(instanceId, RowKey(generation, firstRow + rows.Count), buffer, count));
        }

        return rows;
    }

    private static TableEntity Row(string instanceId, string rowKey, MemoryStream buffer, int count)
    {
        var row = new TableEntity(instanceId, rowKey) { ["N"] = count };
        row.SetBinaryChunks("D", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return row;
    }

    private static void ReadEvents(TableEntity row, List<HistoryEvent> into)
    {
        var bytes = row.GetBinaryChunks("D");
        var span = bytes.AsSpan();
        while (span.Length > 0)
        {
            var newline = span.IndexOf((byte)'\n');
            var line = newline < 0 ? span : span[..newline];
            into.Add(JsonSerializer.Deserialize(line, HistoryJson.Default.HistoryEvent)!);
            span = newline < 0 ? [] : span[(newline + 1)..];
        }
    }

    private static List<List<TableEntity>> Group(List<TableEntity> rows)
    {
        // The final group leaves room for the state row (one action, a few hundred bytes).
        var groups = new List<List<TableEntity>>();
        var current = new List<TableEntity>();
        long bytes = 0;
        foreach (var row in rows)
        {
            var size = TableLimits.ValidateEntity(row);
            if (current.Count == 99 || bytes + size > MaxTransactionBytes)
            {
                groups.Add(current);
                (current, bytes) = ([], 0);
            }

            current.Add(row);
            bytes += size;
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        return groups;
    }

    private static InstanceState ReadState(TableEntity row) => new(
        row.GetInt32("Generation") ?? 0,
        row.GetString("ExecutionId") ?? string.Empty,
        row.GetInt32("NextRow") ?? 0,
        row.GetString("Name") ?? string.Empty,
        Enum.Parse<OrchestrationRuntimeStatus>(row.GetString("Status") ?? nameof(OrchestrationRuntimeStatus.Pending)),
        row.GetInt64("EventCount") ?? 0);

    private static TableEntity WriteState(string instanceId, InstanceState state) => new(instanceId, StateRowKey)
    {
        ["Generation"] = state.Generation,
        ["ExecutionId"] = state.ExecutionId,
        ["NextRow"] = state.NextRow,
        ["Name"] = state.Name,
        ["Status"] = state.Status.ToString(),
        ["EventCount"] = state.EventCount,
    };
}
