using Azure.Data.Tables;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// How big a conference's orchestration history is: its events as the management API lists them
/// (GET /api/instances/{id}?showHistory=true), and the rows of its partition in the hub's history table (each row
/// holds many events; host.json names the hub).
/// </summary>
internal sealed class HistoryProbe(ConferenceApi api, TableServiceClient tables)
{
    private const string HubName = "HdndWorkflow";
    private readonly TableClient _history = tables.GetTableClient(HubName + "History");

    public async Task<HistorySize> MeasureAsync(Guid conference, CancellationToken cancellationToken)
    {
        var status = await api.InstanceAsync(conference, showHistory: true, cancellationToken);
        var events = status.GetProperty("historyEvents").EnumerateArray().Select(e => e.GetProperty("eventType").GetString()).ToList();
        var rows = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {conference.ToString()} and RowKey ge {"h"} and RowKey lt {"i"}");
        await foreach (var _ in _history.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            rows++;
        }

        return new HistorySize(events.Count, events.Count(e => e == StepMarker), rows);
    }

    /// <summary>The event that opens each step: how many there are depends on how results happened to arrive together.</summary>
    private const string StepMarker = "OrchestratorStarted";
}

/// <summary>
/// History events of an orchestration, how many of them only mark the start of a step, and the table rows that hold
/// them. <see cref="Decisions"/>, the rest, is what the orchestration did and heard, whatever the timing.
/// </summary>
internal sealed record HistorySize(int Events, int StepMarkers, int Rows)
{
    public int Decisions => Events - StepMarkers;
}
