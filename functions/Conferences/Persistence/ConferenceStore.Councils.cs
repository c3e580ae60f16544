using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;

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

    private readonly TableClient _councils = tables.GetTableClient(CouncilIndexTableName);

    /// <summary>
    /// A council's conferences, the most recently created first (a row's server time stamp: rows are written once, when
    /// their conference is created; rows written by the backfill carry their conference row's time instead).
    /// </summary>
    public async Task<IReadOnlyList<IndexedConference>> ListCouncilAsync(CouncilId council, CancellationToken cancellationToken)
    {
        var rows = new List<IndexedConference>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {council.Value}");
        await foreach (var row in _councils.QueryAsync<TableEntity>(filter, select: ["RowKey", "Created", "Timestamp"], cancellationToken: cancellationToken))
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
        return added;
    }

    // Written before the conference: a failure in between leaves a row for a conference that does not exist, which
    // readers skip, never a conference missing from its council's list.
    private Task AddToCouncilIndexAsync(Conference conference, CancellationToken cancellationToken) =>
        _councils.UpsertEntityAsync(CouncilRow(conference.Council.Id.Value, Key(conference.Id)), TableUpdateMode.Merge, cancellationToken);

    private static TableEntity CouncilRow(string council, string conference) => new(council, conference);
}

/// <summary>A conference as its council's index lists it.</summary>
internal sealed record IndexedConference(ConferenceId Id, CouncilId Council, DateTimeOffset Created);
