using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Replies;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>The organizer's queue of replies that are not clearly an answer.</summary>
internal sealed partial class InboundStore
{
    /// <summary>Longest text kept of a reply (the new text only, the history cut).</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Adds a reply to the conference's queue (again, when a message is handled a second time: the same row).</summary>
    public Task AddUnclearAsync(UnclearReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var row = new TableEntity(QueuePartition(reply.Conference), reply.Id)
        {
            ["Invitee"] = StoredFormats.Key(reply.Invitee.Value),
            ["Holder"] = reply.Holder.ToString(),
            ["Channel"] = reply.Channel.ToString(),
            ["From"] = reply.From,
            ["FromName"] = reply.FromName ?? string.Empty,
            ["Subject"] = Cut(reply.Subject, 300),
            ["Text"] = Cut(reply.Text, MaxTextLength),
            ["Reason"] = reply.Reason.ToString(),
            ["DeputyName"] = reply.Deputy?.Name ?? string.Empty,
            ["DeputyTitle"] = reply.Deputy?.Title ?? string.Empty,
            ["DeputyEmail"] = reply.Deputy?.Email?.Value ?? string.Empty,
            ["ReceivedAt"] = reply.ReceivedAt,
        };
        return _table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The replies of a conference still waiting for the organizer, oldest first.</summary>
    public async Task<IReadOnlyList<UnclearReply>> ListUnclearAsync(ConferenceId conference, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {QueuePartition(conference)}");
        var replies = new List<UnclearReply>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset("ResolvedAt") is null)
            {
                replies.Add(Read(conference, row));
            }
        }

        return [.. replies.OrderBy(r => r.ReceivedAt)];
    }

    public async Task<(UnclearReply Reply, ETag ETag, bool Resolved)?> GetUnclearAsync(ConferenceId conference, string id, CancellationToken cancellationToken)
    {
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var row = await _table.GetEntityIfExistsAsync<TableEntity>(QueuePartition(conference), id, cancellationToken: cancellationToken);
        return row.HasValue ? (Read(conference, row.Value!), row.Value!.ETag, row.Value!.GetDateTimeOffset("ResolvedAt") is not null) : null;
    }

    /// <summary>Takes a reply off the queue (412 when someone else did meanwhile), saying who did and what was recorded.</summary>
    public Task ResolveAsync(ConferenceId conference, string id, ETag etag, string by, string resolution, CancellationToken cancellationToken) =>
        _table.UpdateEntityAsync(
            new TableEntity(QueuePartition(conference), id) { ["ResolvedAt"] = time.GetUtcNow(), ["ResolvedBy"] = by, ["Resolution"] = resolution },
            etag,
            TableUpdateMode.Merge,
            cancellationToken);

    private static UnclearReply Read(ConferenceId conference, TableEntity row) => new(
        row.RowKey,
        conference,
        new InviteeId(Guid.Parse(row.GetString("Invitee")!)),
        Enum.TryParse<LinkHolder>(row.GetString("Holder"), out var holder) ? holder : LinkHolder.Invitee,
        Enum.TryParse<ReplyChannel>(row.GetString("Channel"), out var channel) ? channel : ReplyChannel.Email,
        row.GetString("From") ?? string.Empty,
        row.GetString("FromName") is { Length: > 0 } name ? name : null,
        row.GetString("Subject") ?? string.Empty,
        row.GetString("Text") ?? string.Empty,
        Enum.TryParse<UnclearReason>(row.GetString("Reason"), out var reason) ? reason : UnclearReason.NotUnderstood,
        row.GetString("DeputyName") is { Length: > 0 } deputyName
            ? new Deputy(deputyName, row.GetString("DeputyTitle") ?? string.Empty, row.GetString("DeputyEmail") is { Length: > 0 } email ? EmailAddress.From(email) : null)
            : null,
        row.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue);

    private static string QueuePartition(ConferenceId conference) => "q_" + StoredFormats.Key(conference.Value);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "\u2026";
}

/// <summary>
/// A reply the organizer has to read: to which invitation, from whom, what it says (its new text), why it was not
/// recorded, and what was found of a deputy.
/// </summary>
internal sealed record UnclearReply(
    string Id,
    ConferenceId Conference,
    InviteeId Invitee,
    LinkHolder Holder,
    ReplyChannel Channel,
    string From,
    string? FromName,
    string Subject,
    string Text,
    UnclearReason Reason,
    Deputy? Deputy,
    DateTimeOffset ReceivedAt);
