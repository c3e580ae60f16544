using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Storage;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>
/// The conferences of each council, table <c>ConferenceCouncils</c>: partition = council id, RowKey = conference id, one
/// row per conference, written before the conference itself and never changed (a conference keeps its council). The
/// Conferences table is partitioned by conference, so without this index "the conferences of a council" is a query
/// over every conference and invitation row; with it, one partition. The administration console finds a council's
/// orchestrations through it (every instance id starts with its conference's id).
/// </summary>
internal sealed partial class ConferenceStore
{
    public const string CouncilIndexTableName = "ConferenceCouncils";

    // The row that says the index holds every conference stored before it existed (see BackfillCouncilIndexAsync).
    private const string MarkerPartition = "~index";
    private const string MarkerRow = "backfilled";

    /// <summary>
    /// How long a council's list serves further reads (see <see cref="ListCouncilAsync"/>): the console reads it for every
    /// page of an organizer's list, and a council holds a conference a week for years (a partition of thousands of rows).
    /// </summary>
    internal static readonly TimeSpan CouncilListFor = TimeSpan.FromSeconds(30);

    private readonly TableClient _councils = tables.GetTableClient(CouncilIndexTableName);
    private readonly RecentReads<CouncilId, IReadOnlyList<IndexedConference>> _recentCouncils = new(CouncilListFor);

    /// <summary>
    /// A council's conferences, the most recently created first (a row's server time stamp: rows are written once, when
    /// their conference is created; rows written by the backfill carry their conference row's time instead). A read
    /// serves the reads of the next <see cref="CouncilListFor"/>: a conference created through this store (this
    /// instance) is in the next read; one created by another instance, within <see cref="CouncilListFor"/>.
    /// </summary>
    public Task<IReadOnlyList<IndexedConference>> ListCouncilAsync(CouncilId council, CancellationToken cancellationToken) =>
        _recentCouncils.GetAsync(council, ReadCouncilAsync, cancellationToken);

    private async Task<IReadOnlyList<IndexedConference>> ReadCouncilAsync(CouncilId council)
    {
        var rows = new List<IndexedConference>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {council.Value}");
        await foreach (var row in _councils.QueryAsync<TableEntity>(filter, select: ["RowKey", "Created", "Timestamp"]))
        {
            rows.Add(new IndexedConference(new ConferenceId(Guid.Parse(row.RowKey)), council, row.GetDateTimeOffset("Created") ?? row.Timestamp ?? DateTimeOffset.MinValue));
        }

        return [.. rows.OrderByDescending(r => r.Created).ThenBy(r => r.Id.Value)];
    }

    /// <summary>
    /// Adds every conference stored before the index existed, once: the marker row records that it was done. Safe to
    /// run again or from two instances at once (rows are upserted; a conference's row never changes).
    /// </summary>
    public async Task<int> BackfillCouncilIndexAsync(CancellationToken cancellationToken)
    {
        if ((await _councils.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken)).HasValue)
        {
            return 0;
        }

        var added = 0;
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ConferenceRow}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "CouncilId", "Timestamp"], cancellationToken: cancellationToken))
        {
            var entry = CouncilRow(row.GetString("CouncilId"), row.PartitionKey);
            entry["Created"] = row.Timestamp;
            await _councils.UpsertEntityAsync(entry, TableUpdateMode.Merge, cancellationToken);
            added++;
        }

        await _councils.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow), TableUpdateMode.Replace, cancellationToken);
        _recentCouncils.Clear();
        return added;
    }

    // Written before the conference: a failure in between leaves a row for a conference that does not exist, which
    // readers skip, never a conference missing from its council's list.
    private Task AddToCouncilIndexAsync(Conference conference, CancellationToken cancellationToken) =>
        _recentCouncils.AroundAsync(
            conference.Council.Id,
            _councils.UpsertEntityAsync(CouncilRow(conference.Council.Id.Value, Key(conference.Id)), TableUpdateMode.Merge, cancellationToken));

    private static TableEntity CouncilRow(string council, string conference) => new(council, conference);
}

/// <summary>A conference as its council's index lists it.</summary>
internal sealed record IndexedConference(ConferenceId Id, CouncilId Council, DateTimeOffset Created);
