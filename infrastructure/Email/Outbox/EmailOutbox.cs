using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Outbox;

/// <summary>
/// The idempotency ledger, one row per key in Table Storage: claim a key before sending (an insert, so exactly one
/// of any number of concurrent attempts wins), mark it sent after the provider accepted, release it when the
/// provider refused. A key already sent is skipped.
/// </summary>
/// <remarks>
/// SendGrid has no idempotency key of its own, so a crash between its 202 and <see cref="MarkSentAsync"/> leaves a
/// claim that says "sending" for an e-mail that did go out, and one between the claim and the request leaves the same
/// claim for an e-mail that did not. Nothing here can tell them apart. By default the ledger chooses at-most-once: such
/// a claim, once older than <see cref="EmailOptions.StaleClaimAfter"/>, is reported as
/// <see cref="OutboxClaimStatus.Unconfirmed"/> and not resent; an operator checks SendGrid's activity for the
/// <c>email_key</c> custom argument and, if it never went out, calls <see cref="AllowResendAsync"/>. With
/// <see cref="EmailOptions.ResendStaleClaims"/> the ledger takes such claims over instead (at-least-once). The window
/// is one request: senders claim each batch just before its request and confirm it right after.
/// Rows live in partitions named by a hash of the key (keys may hold characters table keys cannot, and hashing spreads
/// the load); the key itself is stored and checked.
/// </remarks>
public sealed class EmailOutbox
{
    private const string RowKey = "email";
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
    public async Task<OutboxClaim> ClaimAsync(string key, string transport, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var table = await _table.GetAsync(cancellationToken);
        while (true)
        {
            var now = _time.GetUtcNow();
            var claim = Row(key, OutboxState.Sending, transport, now, attempts: 1);
            try
            {
                var etag = await table.AddEntityAsync(claim, cancellationToken);
                return new OutboxClaim(key, OutboxClaimStatus.Claimed, ToEntry(claim)) { ETag = etag };
            }
            catch (RequestFailedException e) when (e.Status == 409 && e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
            {
                // Someone holds or held the key: decide from what the row says.
            }

            var existing = await table.GetEntityAsync(PartitionKeyOf(key), RowKey, cancellationToken: cancellationToken);
            if (existing is null)
            {
                continue;
            }

            var entry = ToEntry(existing);
            CheckSameKey(entry, key);
            var stale = now - entry.ClaimedAt >= _options.StaleClaimAfter;
            switch (entry.State)
            {
                case OutboxState.Sent:
                    return new OutboxClaim(key, OutboxClaimStatus.AlreadySent, entry);
                case OutboxState.Sending when !stale:
                    return new OutboxClaim(key, OutboxClaimStatus.InProgress, entry);
                case OutboxState.Sending when !_options.ResendStaleClaims:
                    Logs.StaleClaimReported(_logger, key, entry.ClaimedAt);
                    return new OutboxClaim(key, OutboxClaimStatus.Unconfirmed, entry);
                case OutboxState.Sending:
                    Logs.StaleClaimResent(_logger, key, entry.ClaimedAt);
                    break;
            }

            // Released, or stale and configured to resend: take it over, if nobody else does first.
            var takeover = Row(key, OutboxState.Sending, transport, now, entry.Attempts + 1);
            takeover["LastError"] = entry.LastError;
            try
            {
                var etag = await table.UpdateEntityAsync(takeover, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return new OutboxClaim(key, OutboxClaimStatus.Claimed, ToEntry(takeover)) { ETag = etag };
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Another attempt changed the row first: look again.
            }
        }
    }

    /// <summary>Records that the provider accepted the claimed e-mail.</summary>
    public async Task MarkSentAsync(OutboxClaim claim, string? providerMessageId, CancellationToken cancellationToken = default)
    {
        var entry = OwnEntry(claim);
        var table = await _table.GetAsync(cancellationToken);
        var row = Row(claim.Key, OutboxState.Sent, entry.Transport, entry.ClaimedAt, entry.Attempts);
        row["SentAt"] = _time.GetUtcNow();
        row["ProviderMessageId"] = providerMessageId;
        try
        {
            await table.UpdateEntityAsync(row, claim.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // A stale-claim takeover (ResendStaleClaims) happened while this attempt was still sending.
            Logs.ClaimTakenOver(_logger, claim.Key);
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
    }

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
        var row = await table.GetEntityAsync(PartitionKeyOf(key), RowKey, cancellationToken: cancellationToken);
        return row is null ? null : ToEntry(row);
    }

    /// <summary>
    /// Operator action after checking the provider: lets the next attempt send a key that is stuck in "sending"
    /// (or was released). False when the key is unknown or already sent.
    /// </summary>
    public async Task<bool> AllowResendAsync(string key, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var row = await table.GetEntityAsync(PartitionKeyOf(key), RowKey, cancellationToken: cancellationToken);
        if (row is null || ToEntry(row).State == OutboxState.Sent)
        {
            return false;
        }

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
        var filter = TableFilter.Create($"State eq {nameof(OutboxState.Sending)} and ClaimedAt le {before}");
        await foreach (var row in table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            yield return ToEntry(row);
        }
    }

    internal static string PartitionKeyOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    private static TableEntity Row(string key, OutboxState state, string transport, DateTimeOffset claimedAt, int attempts) =>
        new(PartitionKeyOf(key), RowKey)
        {
            ["Key"] = key,
            ["State"] = state.ToString(),
            ["Transport"] = transport,
            ["ClaimedAt"] = claimedAt,
            ["Attempts"] = attempts,
        };

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
