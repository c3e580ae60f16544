using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>
/// Replies by e-mail in Table Storage, table <c>InboundReplies</c>: the ledger of messages received (partition
/// "m_{first two hex digits}", row key the message's id: a 128-bit hash of its Message-ID), so that a message SendGrid
/// posts twice is acted on once; and each conference's replies left to the organizer (partition "q_{conference}",
/// row key the message's id). This file: the ledger; <c>.Queue</c>: the organizer's queue.
/// </summary>
internal sealed partial class InboundStore(TableServiceClient tables, TimeProvider time)
{
    public const string TableName = "InboundReplies";

    /// <summary>A claim older than this was left by an attempt that stopped: the message is handled again.</summary>
    internal static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(2);

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>The id a message is known by: hex of the first 16 bytes of SHA-256 of its key.</summary>
    public static string IdOf(string messageKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageKey)).AsSpan(0, 16));

    /// <summary>
    /// Claims the message for this attempt: <see cref="Claim.Claimed"/> (go on), <see cref="Claim.Done"/> (handled
    /// before: do nothing), or <see cref="Claim.InProgress"/> (another attempt is handling it now).
    /// </summary>
    public async Task<Claim> ClaimAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = new TableEntity(LedgerPartition(id), id) { ["State"] = "Processing", ["ClaimedAt"] = now };
        try
        {
            await _table.AddEntityAsync(row, cancellationToken);
            return Claim.Claimed;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await _table.GetEntityAsync<TableEntity>(row.PartitionKey, id, cancellationToken: cancellationToken)).Value;
            if (existing.GetString("State") == "Done")
            {
                return Claim.Done;
            }

            if (now - (existing.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue) < ClaimTimeout)
            {
                return Claim.InProgress;
            }

            try
            {
                await _table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return Claim.Claimed;
            }
            catch (RequestFailedException taken) when (taken.Status == 412)
            {
                return Claim.InProgress;
            }
        }
    }

    /// <summary>Marks the message handled, with what became of it (for an operator reading the table).</summary>
    public Task CompleteAsync(string id, string outcome, ConferenceId? conference, CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(
            new TableEntity(LedgerPartition(id), id)
            {
                ["State"] = "Done",
                ["Outcome"] = outcome,
                ["Conference"] = conference is { } c ? StoredFormats.Key(c.Value) : string.Empty,
                ["DoneAt"] = time.GetUtcNow(),
            },
            TableUpdateMode.Merge,
            cancellationToken);

    /// <summary>Gives the claim up (the attempt failed before acting): SendGrid's next delivery handles the message at once.</summary>
    public Task ReleaseAsync(string id, CancellationToken cancellationToken) =>
        _table.DeleteEntityAsync(LedgerPartition(id), id, ETag.All, cancellationToken);

    private static string LedgerPartition(string id) => "m_" + id[..2];

    /// <summary>What a claim found.</summary>
    public enum Claim
    {
        Claimed,
        Done,
        InProgress,
    }
}
