using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Storage;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// The sign-in links already used, table <c>SignInLinksUsed</c>, so that a link signs in once, whichever instance of
/// the app it reaches. One row per used link: PartitionKey the link's id (a SHA-256 of its random bytes: neither the
/// token nor the address is stored), RowKey <c>used</c>, and column <c>Expires</c>, after which the row may be deleted.
/// Using a link is inserting its row, so of two concurrent uses exactly one succeeds.
/// </summary>
internal sealed class UsedSignInLinks(TableServiceClient tables)
{
    public const string TableName = "SignInLinksUsed";

    private const string Row = "used";
    private const string AttemptColumn = "Attempt";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    public async Task<bool> HasBeenUsedAsync(string linkId, CancellationToken cancellationToken) =>
        (await _table.GetEntityIfExistsAsync<TableEntity>(linkId, Row, cancellationToken: cancellationToken)).HasValue;

    /// <summary>Records the use of the link: true when this call used it, false when it had been used before.</summary>
    public async Task<bool> TryUseAsync(string linkId, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var attempt = Guid.NewGuid().ToString("N");
        try
        {
            await _table.AddEntityAsync(new TableEntity(linkId, Row) { ["Expires"] = expires, [AttemptColumn] = attempt }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409 && e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
        {
            // The row is this call's own when the client retried an insert whose answer was lost.
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(linkId, Row, [AttemptColumn], cancellationToken);
            return row.HasValue && row.Value!.GetString(AttemptColumn) == attempt;
        }
    }
}
