using Azure;
using Azure.Data.Tables;

namespace HdndWorkflow.Storage;

/// <summary>
/// Conditional writes (an insert, an update If-Match an ETag, an entity group transaction) that know their own retry.
/// The storage client sends a request again when its answer was lost (a timeout, a dropped connection); if storage had
/// carried the first one out, the second finds the row already there (409) or its ETag changed (412), and a write that
/// was made would be reported as refused. So each write stamps a row with a fresh write id (column
/// <see cref="WriteIdColumn"/>); on 409 or 412 that row is read back, and when it carries this write's id the write
/// was made: its ETag is returned. Otherwise the refusal stands: someone else's write came first.
/// </summary>
/// <remarks>
/// A transaction stamps one of its rows, the witness: the transaction is atomic, so the witness carrying its id proves
/// that every operation of it was carried out. Every writer of a stamped row must stamp it (or replace it whole), so
/// that a later write by someone else never leaves this write's id behind.
/// </remarks>
public static class OwnWrites
{
    /// <summary>The column that holds the id of the write that last stored the row.</summary>
    public const string WriteIdColumn = "WriteId";

    /// <summary>Inserts <paramref name="row"/>; its ETag. A 409 from the client's retry of this very insert is no refusal.</summary>
    public static async Task<ETag> AddOnceAsync(this TableClient table, TableEntity row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var id = Stamp(row);
        try
        {
            return (await table.AddEntityAsync(row, cancellationToken)).GetETag();
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            if (await OwnETagAsync(table, row, id, cancellationToken) is { } own)
            {
                return own;
            }

            throw;
        }
    }

    /// <summary>
    /// Updates <paramref name="row"/> if it is still at <paramref name="etag"/>; its new ETag. A 412 from the client's
    /// retry of this very update is no refusal.
    /// </summary>
    public static async Task<ETag> UpdateOnceAsync(
        this TableClient table, TableEntity row, ETag etag, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var id = Stamp(row);
        try
        {
            return (await table.UpdateEntityAsync(row, etag, mode, cancellationToken)).GetETag();
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            if (await OwnETagAsync(table, row, id, cancellationToken) is { } own)
            {
                return own;
            }

            throw;
        }
    }

    /// <summary>
    /// Submits the transaction, of which <paramref name="witness"/> (the entity of one of its actions, stamped here) tells
    /// whether a refused retry had in fact been carried out; the witness's new ETag.
    /// </summary>
    public static async Task<ETag> SubmitOnceAsync(
        this TableClient table, IReadOnlyList<TableTransactionAction> actions, TableEntity witness, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(actions);
        var at = actions.Select((a, i) => (a, i)).FirstOrDefault(x => ReferenceEquals(x.a.Entity, witness));
        if (at.a is null)
        {
            throw new ArgumentException("The witness must be the entity of one of the transaction's actions.", nameof(witness));
        }

        var id = Stamp(witness);
        try
        {
            var responses = await table.SubmitTransactionAsync(actions, cancellationToken);
            return responses.Value[at.i].GetETag();
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            if (await OwnETagAsync(table, witness, id, cancellationToken) is { } own)
            {
                return own;
            }

            throw;
        }
    }

    private static string Stamp(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = Guid.NewGuid().ToString("N");
        row[WriteIdColumn] = id;
        return id;
    }

    // The stored row's ETag when it carries this write's id; null when it does not (or is gone).
    private static async Task<ETag?> OwnETagAsync(TableClient table, TableEntity row, string id, CancellationToken cancellationToken)
    {
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, [WriteIdColumn], cancellationToken);
        return stored.HasValue && stored.Value!.GetString(WriteIdColumn) == id ? stored.Value.ETag : null;
    }
}
