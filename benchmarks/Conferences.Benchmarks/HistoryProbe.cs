using System.Globalization;
using Azure.Data.Tables;
using DurableTask.Core.History;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// How big a conference's orchestration history is, read from the task hub's History table in the Durable Task
/// Framework's layout: one partition per instance (its id), one row per event with its <c>EventType</c>, and a
/// <c>sentinel</c> row that holds no event (host.json names the hub).
/// </summary>
internal sealed class HistoryProbe(TableServiceClient tables)
{
    private const string HubName = "HdndWorkflow";
    private const string Sentinel = "sentinel";
    private readonly TableClient _history = tables.GetTableClient(HubName + "History");

    public async Task<HistorySize> MeasureAsync(Guid conference, CancellationToken cancellationToken)
    {
        var (events, markers) = (0, 0);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {conference.ToString()}");
        await foreach (var row in _history.QueryAsync<TableEntity>(filter, select: ["RowKey", "EventType"], cancellationToken: cancellationToken))
        {
            if (row.RowKey == Sentinel)
            {
                continue;
            }

            events++;
            if (EventTypeOf(row) is EventType.OrchestratorStarted or EventType.OrchestratorCompleted)
            {
                markers++;
            }
        }

        return new HistorySize(events, markers);
    }

    // The provider stores the event type by name; a number is read too.
    private static EventType? EventTypeOf(TableEntity row) => (row.TryGetValue("EventType", out var value) ? value : null) switch
    {
        string name when Enum.TryParse<EventType>(name, out var type) => type,
        int number => (EventType)number,
        { } other when int.TryParse(Convert.ToString(other, CultureInfo.InvariantCulture), out var number) => (EventType)number,
        _ => null,
    };
}

/// <summary>
/// History events of an orchestration (one table row each), and how many of them only mark the start or the end of a
/// step, an episode (OrchestratorStarted, OrchestratorCompleted: how many there are depends on how results happened to
/// arrive together, one pair per episode). <see cref="Decisions"/>, the rest, is what the orchestration did and heard,
/// whatever the timing.
/// </summary>
internal sealed record HistorySize(int Events, int StepMarkers)
{
    public int Decisions => Events - StepMarkers;
}
