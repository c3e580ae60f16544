using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using Azure.Data.Tables;
using HdndWorkflow.Functions.Storage;
using HdndWorkflow.Storage;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>
/// Conferences in Table Storage, table <c>Conferences</c>: the partition "{id}" holds the row <c>conference</c>, the
/// document (and columns to list by); the partitions "{id}_00" … "{id}_ff" hold one row per invitation (RowKey =
/// invitee id, partition by its first two hex digits; a mailing shard, see <see cref="InvitationShard"/>, is sixteen of
/// them) with the invitee, the answer and what was sent. A conference of thousands of invitees stays within entity
/// limits, its roll is one range query, an answer touches one row, and no partition holds more than a 256th of the
/// invitees. Table <c>ConferenceCouncils</c> lists each council's conferences (see <c>ConferenceStore.Councils.cs</c>).
/// </summary>
internal sealed partial class ConferenceStore(TableServiceClient tables)
{
    public const string TableName = "Conferences";

    private const string ConferenceRow = "conference";
    private const string ShardSeparator = "_";
    // Letters as they are (at most 3 bytes a character), not escaped as \uXXXX (6): the document is one property of at most
    // 64 KiB, and a conference at every maximum of InputLimits must fit. It is never written into HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How long a header read for the personal links serves further reads (see <see cref="GetRecentHeaderAsync"/>).</summary>
    internal static readonly TimeSpan RecentFor = TimeSpan.FromSeconds(1);

    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly RecentReads<ConferenceId, Conference?> _recentHeaders = new(RecentFor);

    public async Task CreateTableAsync(CancellationToken cancellationToken)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken);
        await _councils.CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>
    /// Stores a new conference (its invitees are added with <see cref="AddInvitationsAsync"/>). Like every write of the
    /// conference row, it knows its own retry (<see cref="OwnWrites"/>): an insert whose answer was lost is no conflict.
    /// </summary>
    public async Task<ETag> CreateAsync(Conference conference, string createdBy, CancellationToken cancellationToken)
    {
        var row = Row(conference);
        row["CreatedBy"] = createdBy;
        await AddToCouncilIndexAsync(conference, cancellationToken);
        return await _table.AddOnceAsync(row, cancellationToken);
    }

    /// <summary>
    /// Replaces the conference's document if it is still at <paramref name="etag"/> (412 otherwise). With
    /// <paramref name="announcedBefore"/> (a reschedule), the version invitees were told of is kept beside it, so that
    /// the update can say what changed.
    /// </summary>
    public Task<ETag> UpdateAsync(Conference conference, ETag etag, CancellationToken cancellationToken, Conference? announcedBefore = null)
    {
        var row = Row(conference);
        if (announcedBefore is not null)
        {
            row["Previous"] = BinaryData.FromObjectAsJson(ConferenceDocument.From(announcedBefore), Json).ToArray();
        }

        return _recentHeaders.AroundAsync(conference.Id, UpdateRowAsync(row, etag, cancellationToken));
    }

    /// <summary>The conference as announced before its last reschedule; null when it was never rescheduled.</summary>
    public async Task<Conference?> GetAnnouncedBeforeAsync(ConferenceId id, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Key(id), ConferenceRow, ["Previous"], cancellationToken);
        return row.HasValue ? row.Value!.GetBinaryData("Previous")?.ToObjectFromJson<ConferenceDocument>(Json)?.ToConference([]) : null;
    }

    /// <summary>The conference without its invitees, and its ETag; null when it does not exist. One point read.</summary>
    public async Task<(Conference Conference, ETag ETag)?> GetHeaderAsync(ConferenceId id, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Key(id), ConferenceRow, cancellationToken: cancellationToken);
        return row.HasValue ? (ReadDocument(row.Value!).ToConference([]), row.Value!.ETag) : null;
    }

    /// <summary>
    /// The conference without its invitees, as the personal links need it: a read serves every other such read of the
    /// conference for <see cref="RecentFor"/>, since thousands of invitees answering within minutes of their invitation
    /// would otherwise read the same row thousands of times. A change made through this store (this instance) is seen
    /// by the next read; one made by another instance, within <see cref="RecentFor"/>.
    /// </summary>
    public Task<Conference?> GetRecentHeaderAsync(ConferenceId id, CancellationToken cancellationToken) =>
        _recentHeaders.GetAsync(id, ReadHeaderAsync, cancellationToken);

    /// <summary>The conference with its invitees (in the order they were invited) and the invitations.</summary>
    public async Task<(Conference Conference, ETag ETag, IReadOnlyList<Invitation> Invitations)?> GetAsync(
        ConferenceId id, CancellationToken cancellationToken)
    {
        if (await GetHeaderAsync(id, cancellationToken) is not var (header, etag))
        {
            return null;
        }

        var invitations = await ListInvitationsAsync(id, InvitationShard.All, null, cancellationToken);
        return (header with { Invitees = [.. invitations.Select(i => i.Invitee)] }, etag, invitations);
    }

    /// <summary>The conferences of a council (or of all councils), newest date first, without invitees.</summary>
    public async Task<IReadOnlyList<Conference>> ListAsync(CouncilId? council, CancellationToken cancellationToken)
    {
        var filter = council is { } c
            ? TableClient.CreateQueryFilter($"RowKey eq {ConferenceRow} and CouncilId eq {c.Value}")
            : TableClient.CreateQueryFilter($"RowKey eq {ConferenceRow}");
        var conferences = new List<Conference>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            conferences.Add(ReadDocument(row).ToConference([]));
        }

        return [.. conferences.OrderByDescending(c => c.Schedule.StartInstant)];
    }

    private static TableEntity Row(Conference conference) => new(Key(conference.Id), ConferenceRow)
    {
        ["Document"] = BinaryData.FromObjectAsJson(ConferenceDocument.From(conference), Json).ToArray(),
        ["CouncilId"] = conference.Council.Id.Value,
        ["Title"] = conference.Title,
        ["Date"] = conference.Schedule.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Status"] = conference.Status.ToString(),
        ["Revision"] = conference.Revision,
    };

    private Task<ETag> UpdateRowAsync(TableEntity row, ETag etag, CancellationToken cancellationToken) =>
        _table.UpdateOnceAsync(row, etag, TableUpdateMode.Merge, cancellationToken);

    private async Task<Conference?> ReadHeaderAsync(ConferenceId id) =>
        await GetHeaderAsync(id, CancellationToken.None) is var (conference, _) ? conference : null;

    private static ConferenceDocument ReadDocument(TableEntity row) =>
        row.GetBinaryData("Document")!.ToObjectFromJson<ConferenceDocument>(Json)!;

    private static string Key(ConferenceId id) => StoredFormats.Key(id.Value);
}
