using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Outbox;

/// <summary>
/// The idempotency ledger, one row per key in Table Storage: claim a key before sending (an insert, so exactly one
/// of any number of concurrent attempts wins), mark it sent after the provider accepted, release it when the
/// provider refused. A key already sent is skipped.
/// </summary>
/// <remarks>
/// A crash between the provider's acceptance and <see cref="MarkSentAsync"/> leaves a claim that says "sending" for an
/// e-mail that did go out, and one between the claim and the request leaves the same claim for an e-mail that did not.
/// Where the provider can tell them apart (<see cref="IEmailSender.FindAcceptedAsync"/>: the development mailbox), the
/// next attempt asks it and <see cref="SettleAsync"/> confirms or resends each such claim once it is older than
/// <see cref="EmailOptions.SettleClaimsAfter"/>. SendGrid has no idempotency key of its own and cannot tell, so nothing
/// here can tell them apart. For it the ledger chooses at-most-once by default: such
/// a claim, once older than <see cref="EmailOptions.StaleClaimAfter"/>, is reported as
/// <see cref="OutboxClaimStatus.Unconfirmed"/> and not resent; an operator checks SendGrid's activity for the
/// <c>email_key</c> custom argument and, if it never went out, calls <see cref="AllowResendAsync"/>. With
/// <see cref="EmailOptions.ResendStaleClaims"/> the ledger takes such claims over instead (at-least-once). The window
/// is one request: senders claim each batch just before its request and confirm it right after.
/// A row's RowKey is a hash of its key (keys may hold characters table keys cannot) and its partition the hash's first
/// hex digit: sixteen partitions spread the load, and the e-mails of one batch share a few, so that
/// <see cref="ClaimManyAsync"/> and <see cref="MarkSentManyAsync"/> write them in a few entity group transactions
/// rather than a request each. The key itself is stored and checked.
/// </remarks>
public sealed class EmailOutbox
{
    private const string ClaimIdColumn = "ClaimId";
    private readonly TableOnce _table;
    private readonly EmailOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public EmailOutbox(TableServiceClient tables, IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailOutbox> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _table = new TableOnce(tables.GetTableClient(_options.OutboxTable));
        _time = time;
        _logger = logger;
    }

    /// <summary>Claims <paramref name="key"/> for an attempt of <paramref name="transport"/>, or says why not.</summary>
    public Task<OutboxClaim> ClaimAsync(string key, string transport, CancellationToken cancellationToken = default) =>
        ClaimAsync(key, transport, NewAttempt(), cancellationToken);

    /// <summary>
    /// Claims each of <paramref name="keys"/> as <see cref="ClaimAsync(string, string, CancellationToken)"/> does, in
    /// order. Keys never claimed before (the usual case) are inserted a transaction per partition; a transaction that
    /// meets a key already in the ledger is refused whole, and its keys are then claimed one by one. When claiming
    /// fails, the keys this call did claim are released before the exception is thrown, so none is left "sending".
    /// </summary>
    public async Task<IReadOnlyList<OutboxClaim>> ClaimManyAsync(IReadOnlyList<string> keys, string transport, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var table = await _table.GetAsync(cancellationToken);
        var attempt = NewAttempt();
        var claims = new OutboxClaim?[keys.Count];
        try
        {
            await Parallel.ForEachAsync(
                ByPartition(Enumerable.Range(0, keys.Count), i => keys[i]),
                new ParallelOptions { MaxDegreeOfParallelism = _options.LedgerConcurrency, CancellationToken = cancellationToken },
                async (chunk, token) =>
                {
                    var now = _time.GetUtcNow();
                    var rows = Array.ConvertAll(chunk, i => Claim(keys[i], transport, now, attempt));
                    try
                    {
                        var responses = await table.SubmitTransactionAsync(
                            [.. rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row))], token);
                        for (var n = 0; n < chunk.Length; n++)
                        {
                            claims[chunk[n]] = new OutboxClaim(keys[chunk[n]], OutboxClaimStatus.Claimed, ToEntry(rows[n])) { ETag = responses.Value[n].GetETag() };
                        }
                    }
                    catch (TableTransactionFailedException e) when (e.Status == 409 && e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
                    {
                        // Some were claimed before (or by this very transaction, whose answer was lost and which the
                        // client sent again: the attempt id recognises those).
                        foreach (var i in chunk)
                        {
                            claims[i] = await ClaimAsync(keys[i], transport, attempt, token);
                        }
                    }
                });
        }
        catch (Exception)
        {
            await ReleaseAllAsync(claims.OfType<OutboxClaim>().Where(c => c.Status == OutboxClaimStatus.Claimed), "Claiming the batch failed before sending.");
            throw;
        }

        return claims!;
    }

    private async Task<OutboxClaim> ClaimAsync(string key, string transport, string attempt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var table = await _table.GetAsync(cancellationToken);
        while (true)
        {
            var now = _time.GetUtcNow();
            var claim = Claim(key, transport, now, attempt);
            try
            {
                var etag = (await table.AddEntityAsync(claim, cancellationToken)).GetETag();
                return new OutboxClaim(key, OutboxClaimStatus.Claimed, ToEntry(claim)) { ETag = etag };
            }
            catch (RequestFailedException e) when (e.Status == 409 && e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
            {
                // Someone holds or held the key: decide from what the row says.
            }

            var (partition, row) = KeysOf(key);
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (!stored.HasValue)
            {
                continue;
            }

            var existing = stored.Value!;
            var entry = ToEntry(existing);
            CheckSameKey(entry, key);
            if (entry.State == OutboxState.Sending && existing.GetString(ClaimIdColumn) == attempt)
            {
                return new OutboxClaim(key, OutboxClaimStatus.Claimed, entry) { ETag = existing.ETag };
            }

            var stale = now - entry.ClaimedAt >= _options.StaleClaimAfter;
            switch (entry.State)
            {
                case OutboxState.Sent:
                    return new OutboxClaim(key, OutboxClaimStatus.AlreadySent, entry);
                case OutboxState.Sending when !stale:
                    return new OutboxClaim(key, OutboxClaimStatus.InProgress, entry) { ETag = existing.ETag };
                case OutboxState.Sending when !_options.ResendStaleClaims:
                    Logs.StaleClaimReported(_logger, key, entry.ClaimedAt);
                    return new OutboxClaim(key, OutboxClaimStatus.Unconfirmed, entry) { ETag = existing.ETag };
                case OutboxState.Sending:
                    Logs.StaleClaimResent(_logger, key, entry.ClaimedAt);
                    break;
            }

            // Released, or stale and configured to resend: take it over, if nobody else does first.
            try
            {
                return await TakeOverAsync(table, entry, existing.ETag, transport, attempt, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Another attempt changed the row first: look again.
            }
        }
    }

    /// <summary>
    /// Settles a claim that another attempt left "sending" (<see cref="OutboxClaimStatus.InProgress"/> or
    /// <see cref="OutboxClaimStatus.Unconfirmed"/>, as a claim returned it) with the provider's word: when the provider
    /// accepted the e-mail, the key is marked sent and the answer is <see cref="OutboxClaimStatus.AlreadySent"/>; when it
    /// did not, this attempt takes the claim over (<see cref="OutboxClaimStatus.Claimed"/>) to send it. Ask the provider
    /// only once the claim is older than the longest delivery, so that no write of the attempt that claimed it is still
    /// to come. When the row changed since it was read, the key is claimed afresh and the answer is what it says now.
    /// </summary>
    public async Task<OutboxClaim> SettleAsync(OutboxClaim open, bool accepted, string transport, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (open is not { Status: OutboxClaimStatus.InProgress or OutboxClaimStatus.Unconfirmed, Entry: { } entry })
        {
            throw new InvalidOperationException($"Only a claim another attempt left open can be settled; '{open.Key}' is {open.Status}.");
        }

        var table = await _table.GetAsync(cancellationToken);
        var attempt = NewAttempt();
        try
        {
            if (!accepted)
            {
                Logs.ClaimSettled(_logger, open.Key, entry.ClaimedAt, "was not accepted by the provider: sending it");
                return await TakeOverAsync(table, entry, open.ETag, transport, attempt, cancellationToken);
            }

            var row = Row(open.Key, OutboxState.Sent, entry.Transport, entry.ClaimedAt, entry.Attempts);
            (row["SentAt"], row["LastError"]) = (_time.GetUtcNow(), entry.LastError);
            await table.UpdateEntityAsync(row, open.ETag, TableUpdateMode.Replace, cancellationToken);
            Logs.ClaimSettled(_logger, open.Key, entry.ClaimedAt, "was accepted by the provider: marked sent");
            return new OutboxClaim(open.Key, OutboxClaimStatus.AlreadySent, ToEntry(row));
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Another attempt changed the row first (or this one did, and its answer was lost): look again.
            return await ClaimAsync(open.Key, transport, attempt, cancellationToken);
        }
    }

    /// <summary>Records that the provider accepted the claimed e-mail.</summary>
    public async Task MarkSentAsync(OutboxClaim claim, string? providerMessageId, CancellationToken cancellationToken = default)
    {
        var row = SentRow(claim, providerMessageId);
        var table = await _table.GetAsync(cancellationToken);
        try
        {
            await table.UpdateEntityAsync(row, claim.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Settled as sent while this attempt was slow to confirm (the provider has it once): nothing to add.
            var (partition, rowKey) = KeysOf(claim.Key);
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
            if (stored.HasValue && ToEntry(stored.Value!) is { State: OutboxState.Sent } sent && sent.Attempts == claim.Entry!.Attempts)
            {
                return;
            }

            // Taken over (a stale claim resent, or one settled as not accepted) while this attempt was still sending.
            Logs.ClaimTakenOver(_logger, claim.Key);
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>
    /// Records that the provider accepted the claimed e-mails (one request took them all): a transaction per partition,
    /// or claim by claim for a partition where a takeover changed a row first.
    /// </summary>
    public async Task MarkSentManyAsync(IReadOnlyList<OutboxClaim> claims, string? providerMessageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var table = await _table.GetAsync(cancellationToken);
        await Parallel.ForEachAsync(
            ByPartition(claims, c => c.Key),
            new ParallelOptions { MaxDegreeOfParallelism = _options.LedgerConcurrency, CancellationToken = cancellationToken },
            async (chunk, token) =>
            {
                try
                {
                    await table.SubmitTransactionAsync(
                        [.. chunk.Select(c => new TableTransactionAction(TableTransactionActionType.UpdateReplace, SentRow(c, providerMessageId), c.ETag))], token);
                }
                catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
                {
                    foreach (var claim in chunk)
                    {
                        await MarkSentAsync(claim, providerMessageId, token);
                    }
                }
            });
    }

    /// <summary>Gives claims back, as <see cref="ReleaseAsync"/>, whatever the caller's cancellation: nothing was sent.</summary>
    public Task ReleaseAllAsync(IEnumerable<OutboxClaim> claims, string reason) =>
        Parallel.ForEachAsync(
            claims,
            new ParallelOptions { MaxDegreeOfParallelism = _options.LedgerConcurrency },
            async (claim, _) => await ReleaseAsync(claim, reason, CancellationToken.None));

    /// <summary>Gives a claim back after the provider refused it: the e-mail did not go out and may be sent again.</summary>
    public async Task ReleaseAsync(OutboxClaim claim, string reason, CancellationToken cancellationToken = default)
    {
        var entry = OwnEntry(claim);
        var table = await _table.GetAsync(cancellationToken);
        var row = Row(claim.Key, OutboxState.Released, entry.Transport, entry.ClaimedAt, entry.Attempts);
        row["LastError"] = Truncate(reason);
        try
        {
            await table.UpdateEntityAsync(row, claim.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // No longer ours: whoever holds it now decides.
        }
    }

    /// <summary>Where <paramref name="key"/> stands; null when it was never claimed.</summary>
    public async Task<OutboxEntry?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var (partition, rowKey) = KeysOf(key);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? ToEntry(row.Value!) : null;
    }

    /// <summary>
    /// Operator action after checking the provider: lets the next attempt send a key that is stuck in "sending"
    /// (or was released). False when the key is unknown or already sent.
    /// </summary>
    public async Task<bool> AllowResendAsync(string key, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var (partition, rowKey) = KeysOf(key);
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
        if (!stored.HasValue || ToEntry(stored.Value!).State == OutboxState.Sent)
        {
            return false;
        }

        var row = stored.Value!;
        row["State"] = nameof(OutboxState.Released);
        row["LastError"] = "Released for resending by an operator.";
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        Logs.ReleasedForResend(_logger, key);
        return true;
    }

    /// <summary>Claims older than <see cref="EmailOptions.StaleClaimAfter"/> with no outcome: for a status page or an alert.</summary>
    public async IAsyncEnumerable<OutboxEntry> ListUnconfirmedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var before = _time.GetUtcNow() - _options.StaleClaimAfter;
        var filter = TableClient.CreateQueryFilter($"State eq {nameof(OutboxState.Sending)} and ClaimedAt le {before}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToEntry(row);
        }
    }

    /// <summary>The row of <paramref name="key"/>: a 128-bit hash, in the partition of its first hex digit.</summary>
    internal static (string PartitionKey, string RowKey) KeysOf(string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
        return (hash[..1], hash);
    }

    // Fresh for each claiming call: marks its own writes. When the storage client retries an insert whose answer was
    // lost (a timeout under load), the retry gets 409 for the row the first try wrote, which must not read as somebody
    // else's claim (the e-mail would then be skipped as in progress and never sent).
    private static string NewAttempt() => Guid.NewGuid().ToString("N");

    // Items grouped by their key's partition, in chunks a transaction can take.
    private static IEnumerable<T[]> ByPartition<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(item => KeysOf(key(item)).PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(StorageLimits.MaxTransactionActions));

    // Replaces the row read with ETag by this attempt's claim; throws 412 when somebody changed it first.
    private async Task<OutboxClaim> TakeOverAsync(TableClient table, OutboxEntry entry, ETag etag, string transport, string attempt, CancellationToken cancellationToken)
    {
        var takeover = Row(entry.Key, OutboxState.Sending, transport, _time.GetUtcNow(), entry.Attempts + 1);
        (takeover["LastError"], takeover[ClaimIdColumn]) = (entry.LastError, attempt);
        var updated = (await table.UpdateEntityAsync(takeover, etag, TableUpdateMode.Replace, cancellationToken)).GetETag();
        return new OutboxClaim(entry.Key, OutboxClaimStatus.Claimed, ToEntry(takeover)) { ETag = updated };
    }

    private static TableEntity Claim(string key, string transport, DateTimeOffset now, string attempt)
    {
        var row = Row(key, OutboxState.Sending, transport, now, attempts: 1);
        row[ClaimIdColumn] = attempt;
        return row;
    }

    private TableEntity SentRow(OutboxClaim claim, string? providerMessageId)
    {
        var entry = OwnEntry(claim);
        var row = Row(claim.Key, OutboxState.Sent, entry.Transport, entry.ClaimedAt, entry.Attempts);
        row["SentAt"] = _time.GetUtcNow();
        row["ProviderMessageId"] = providerMessageId;
        return row;
    }

    private static TableEntity Row(string key, OutboxState state, string transport, DateTimeOffset claimedAt, int attempts)
    {
        var (partition, row) = KeysOf(key);
        return new(partition, row)
        {
            ["Key"] = key,
            ["State"] = state.ToString(),
            ["Transport"] = transport,
            ["ClaimedAt"] = claimedAt,
            ["Attempts"] = attempts,
        };
    }

    private static OutboxEntry ToEntry(TableEntity row) => new(
        row.GetString("Key") ?? string.Empty,
        Enum.TryParse<OutboxState>(row.GetString("State"), out var state) ? state : OutboxState.Sending,
        row.GetString("Transport") ?? string.Empty,
        row.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue,
        row.GetInt32("Attempts") ?? 1,
        row.GetDateTimeOffset("SentAt"),
        row.GetString("ProviderMessageId"),
        row.GetString("LastError"));

    private static OutboxEntry OwnEntry(OutboxClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim is { Status: OutboxClaimStatus.Claimed, Entry: { } entry }
            ? entry
            : throw new InvalidOperationException($"Only a claim this attempt holds can be confirmed or released; '{claim.Key}' is {claim.Status}.");
    }

    private static void CheckSameKey(OutboxEntry entry, string key)
    {
        if (!string.Equals(entry.Key, key, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The ledger row for '{key}' holds another key ('{entry.Key}'): a hash collision.");
        }
    }

    private static string Truncate(string text) => text.Length <= 1024 ? text : text[..1024];
}
