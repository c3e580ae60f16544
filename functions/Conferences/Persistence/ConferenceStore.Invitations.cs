using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using Azure.Data.Tables;
using HdndWorkflow.Storage;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>The invitation rows: invitees, answers and what each was sent.</summary>
internal sealed partial class ConferenceStore
{
    /// <summary>
    /// Adds invitations in entity group transactions of up to 100 per partition (each batch is atomic; one whose answer
    /// was lost, and which the client sent again, is recognised by its first row: see <see cref="OwnWrites"/>).
    /// </summary>
    public async Task AddInvitationsAsync(ConferenceId id, IReadOnlyList<Invitation> invitations, CancellationToken cancellationToken)
    {
        foreach (var chunk in invitations.GroupBy(i => ShardKey(id, i.Invitee.Id)).SelectMany(shard => shard.Chunk(StorageLimits.MaxTransactionActions)))
        {
            var rows = Array.ConvertAll(chunk, i => InvitationRow(id, i));
            await _table.SubmitOnceAsync([.. rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row))], rows[0], cancellationToken);
        }
    }

    /// <summary>
    /// Removes an invitation (before the conference is started), if there is one. Whether there was cannot be told from
    /// the answer: a delete whose answer was lost is sent again by the client and finds nothing.
    /// </summary>
    public Task DeleteInvitationAsync(ConferenceId id, InviteeId invitee, CancellationToken cancellationToken) =>
        _table.DeleteEntityAsync(ShardKey(id, invitee), StoredFormats.Key(invitee.Value), ETag.All, cancellationToken);

    /// <summary>
    /// The invitations of a conference whose invitee id starts as <paramref name="rowKeyPrefix"/> ("3f2a1b0c-9d8e"): one
    /// range query in one small partition (a reply address names the first bytes of the id, not all of it).
    /// </summary>
    public async Task<IReadOnlyList<Invitation>> FindInvitationsAsync(ConferenceId id, string rowKeyPrefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rowKeyPrefix);
        var partition = Key(id) + ShardSeparator + rowKeyPrefix[..2];
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {rowKeyPrefix} and RowKey lt {rowKeyPrefix + "~"}");
        var found = new List<Invitation>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(ReadInvitation(row));
        }

        return found;
    }

    public async Task<Invitation?> GetInvitationAsync(ConferenceId id, InviteeId invitee, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(ShardKey(id, invitee), StoredFormats.Key(invitee.Value), cancellationToken: cancellationToken);
        return row.HasValue ? ReadInvitation(row.Value!) : null;
    }

    /// <summary>
    /// Records an answer on the invitation (which must exist: 404 otherwise), and how it came. Naming a deputy gives the
    /// deputy's link fresh random bits and marks the deputy as not yet invited (and not undelivered), so that the
    /// workflow sends the deputy an invitation.
    /// </summary>
    public Task SaveReplyAsync(ConferenceId id, Reply reply, string? deputyNonce, ReplySource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(reply);
        var deputy = (reply.Response as InvitationResponse.DeputySent)?.Deputy;
        var row = new TableEntity(ShardKey(id, reply.InviteeId), StoredFormats.Key(reply.InviteeId.Value))
        {
            ["Response"] = reply.Response.Kind.ToString(),
            ["AnsweredAt"] = reply.AnsweredAt.ToDateTimeOffset(),
            ["DeclineReason"] = (reply.Response as InvitationResponse.Declined)?.Reason ?? string.Empty,
            ["DeputyName"] = deputy?.Name ?? string.Empty,
            ["DeputyTitle"] = deputy?.Title ?? string.Empty,
            ["DeputyEmail"] = deputy?.Email?.Value ?? string.Empty,
            ["AnsweredVia"] = source.Channel.ToString(),
            ["AnsweredFrom"] = source.From ?? string.Empty,
        };
        if (deputyNonce is not null)
        {
            (row["DeputyNonce"], row["DeputyInvitedRevision"]) = (deputyNonce, Invitation.NotInvited);
            ClearDeliveryFailure(row, DeputyColumns);
        }

        return _table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The invitations of a shard, optionally narrowed by a filter on the stored columns, in list order.</summary>
    public async Task<IReadOnlyList<Invitation>> ListInvitationsAsync(
        ConferenceId id, InvitationShard shard, string? filter, CancellationToken cancellationToken)
    {
        var invitations = new List<Invitation>();
        await foreach (var row in _table.QueryAsync<TableEntity>(ShardFilter(id, shard, filter), cancellationToken: cancellationToken))
        {
            invitations.Add(ReadInvitation(row));
        }

        invitations.Sort((a, b) => a.Order.CompareTo(b.Order));
        return invitations;
    }

    /// <summary>
    /// How many invitations match <paramref name="filter"/>, counted up to <paramref name="atMost"/> (only the keys are
    /// read, and no more pages than that many need).
    /// </summary>
    public async Task<int> CountInvitationsAsync(ConferenceId id, string? filter, int atMost, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atMost);
        var count = 0;
        await foreach (var _ in _table.QueryAsync<TableEntity>(ShardFilter(id, InvitationShard.All, filter), Math.Min(atMost, 1000), ["RowKey"], cancellationToken))
        {
            if (++count == atMost)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>Records that the invitees (and deputies) of <paramref name="sent"/> received revision <paramref name="revision"/>.</summary>
    public async Task MarkSentAsync(ConferenceId id, IReadOnlyList<(InviteeId Invitee, bool ToInvitee, bool ToDeputy)> sent, int revision, CancellationToken cancellationToken)
    {
        foreach (var chunk in sent.GroupBy(s => ShardKey(id, s.Invitee)).SelectMany(shard => shard.Chunk(StorageLimits.MaxTransactionActions)))
        {
            await _table.SubmitTransactionAsync(
                [.. chunk.Select(s => new TableTransactionAction(TableTransactionActionType.UpdateMerge, SentRow(id, s, revision), ETag.All))],
                cancellationToken);
        }
    }

    /// <summary>
    /// Invitations not yet sent <paramref name="revision"/>, to the invitee or to the deputy (a deputy named without an
    /// address is written to by nobody).
    /// </summary>
    public static string NotSent(int revision) => TableClient.CreateQueryFilter(
        $"InvitedRevision lt {revision} or (Response eq {nameof(ResponseKind.DeputySent)} and DeputyEmail ne {string.Empty} and DeputyInvitedRevision lt {revision})");

    /// <summary>Invitations without a firm answer, to remind: none yet, or only a calendar's "maybe".</summary>
    public static string Unanswered { get; } = TableClient.CreateQueryFilter(
        $"Response eq {nameof(ResponseKind.NoAnswer)} or Response eq {nameof(ResponseKind.Tentative)}");

    private static TableEntity SentRow(ConferenceId id, (InviteeId Invitee, bool ToInvitee, bool ToDeputy) sent, int revision)
    {
        var row = new TableEntity(ShardKey(id, sent.Invitee), StoredFormats.Key(sent.Invitee.Value));
        if (sent.ToInvitee)
        {
            row["InvitedRevision"] = revision;
        }

        if (sent.ToDeputy)
        {
            row["DeputyInvitedRevision"] = revision;
        }

        return row;
    }

    // A shard is the range of its sixteen partitions; all shards, the range of all the conference's invitation
    // partitions ('`' follows '_').
    private static string ShardFilter(ConferenceId id, InvitationShard shard, string? filter)
    {
        var prefix = Key(id) + ShardSeparator;
        var partition = shard.Count == 1
            ? TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {Key(id) + "`"}")
            : TableClient.CreateQueryFilter($"PartitionKey ge {prefix + shard.Digit + "0"} and PartitionKey le {prefix + shard.Digit + "f"}");
        return filter is null ? partition : $"{partition} and ({filter})";
    }

    /// <summary>
    /// The partition of an invitation: "{conference}_{first two hex digits of the invitee id}", so 256 partitions of
    /// which each mailing shard (first digit) covers sixteen. Small partitions keep the point reads and writes of answers
    /// and sent marks cheap however many are invited (Azure spreads them over partition servers; Azurite looks a row
    /// up by scanning its partition).
    /// </summary>
    private static string ShardKey(ConferenceId id, InviteeId invitee) => Key(id) + ShardSeparator + StoredFormats.Key(invitee.Value)[..2];

    private static TableEntity InvitationRow(ConferenceId id, Invitation invitation)
    {
        var invitee = invitation.Invitee;
        var row = new TableEntity(ShardKey(id, invitee.Id), StoredFormats.Key(invitee.Id.Value))
        {
            ["Name"] = invitee.Name,
            ["Email"] = invitee.Email.Value,
            ["Order"] = invitation.Order,
            ["Nonce"] = invitation.Nonce,
            ["Response"] = nameof(ResponseKind.NoAnswer),
            ["InvitedRevision"] = invitation.InvitedRevision,
            ["DeputyInvitedRevision"] = invitation.DeputyInvitedRevision,
        };
        if (invitee is Invitee.Person person)
        {
            (row["Kind"], row["Title"], row["Organization"]) = ("Person", person.Title, person.Organization);
        }
        else
        {
            row["Kind"] = "Unit";
        }

        return row;
    }

    private static Invitation ReadInvitation(TableEntity row)
    {
        var id = new InviteeId(Guid.Parse(row.RowKey));
        var email = EmailAddress.From(row.GetString("Email"));
        var name = row.GetString("Name") ?? string.Empty;
        Invitee invitee = row.GetString("Kind") == "Unit"
            ? new Invitee.Unit(id, name, email)
            : new Invitee.Person(id, name, row.GetString("Title") ?? string.Empty, row.GetString("Organization") ?? string.Empty, email);
        return new Invitation(
            invitee,
            row.GetInt32("Order") ?? 0,
            row.GetString("Nonce") ?? string.Empty,
            ReadReply(id, row),
            row.GetInt32("InvitedRevision") ?? Invitation.NotInvited,
            row.GetString("DeputyNonce"),
            row.GetInt32("DeputyInvitedRevision") ?? Invitation.NotInvited,
            Enum.TryParse<ReplyChannel>(row.GetString("AnsweredVia"), out var channel)
                ? new ReplySource(channel, row.GetString("AnsweredFrom") is { Length: > 0 } from ? from : null)
                : null,
            ReadDeliveryFailure(row, InviteeColumns),
            row.GetInt32("AddressRevision") ?? 0,
            ReadDeliveryFailure(row, DeputyColumns));
    }

    private static Reply? ReadReply(InviteeId id, TableEntity row)
    {
        if (row.GetDateTimeOffset("AnsweredAt") is not { } at)
        {
            return null;
        }

        InvitationResponse? response = Enum.Parse<ResponseKind>(row.GetString("Response") ?? nameof(ResponseKind.NoAnswer)) switch
        {
            ResponseKind.Accepted => new InvitationResponse.Accepted(),
            ResponseKind.Declined => new InvitationResponse.Declined(row.GetString("DeclineReason") is { Length: > 0 } reason ? reason : null),
            ResponseKind.DeputySent => new InvitationResponse.DeputySent(new Deputy(
                row.GetString("DeputyName") ?? string.Empty,
                row.GetString("DeputyTitle") ?? string.Empty,
                row.GetString("DeputyEmail") is { Length: > 0 } deputyEmail ? EmailAddress.From(deputyEmail) : null)),
            ResponseKind.Tentative => new InvitationResponse.Tentative(),
            _ => null,
        };
        return response is null ? null : new Reply(id, response, Instant.FromDateTimeOffset(at));
    }
}
