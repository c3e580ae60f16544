using DurableTask.Core.Command;
using DurableTask.Core.History;

namespace HdndWorkflow.Functions.Tests.Replay;

/// <summary>
/// One turn of an orchestration in its history, from one <see cref="OrchestratorStartedEvent"/> to the next: the
/// events that woke it (timers fired, activities done, events raised), then what it decided (activities and timers
/// scheduled, sub-orchestrations started, its end).
/// </summary>
internal sealed record Turn(IReadOnlyList<HistoryEvent> Events)
{
    /// <summary>What woke the orchestration, its start first.</summary>
    public IEnumerable<HistoryEvent> Arrived => Events.Where(e => !IsDecision(e) && e is not OrchestratorCompletedEvent);

    /// <summary>What the orchestration decided, as comparable lines.</summary>
    public IEnumerable<string> Decided => Events.Where(IsDecision).Select(Describe);

    /// <summary>The turns of a history.</summary>
    public static IReadOnlyList<Turn> Split(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var turns = new List<List<HistoryEvent>>();
        foreach (var e in history)
        {
            if (e is OrchestratorStartedEvent)
            {
                turns.Add([]);
            }

            (turns.LastOrDefault() ?? throw new InvalidDataException($"The history starts with {e.EventType}, not OrchestratorStarted.")).Add(e);
        }

        return [.. turns.Select(t => new Turn(t))];
    }

    /// <summary>A decision as the history records it (the task hub keeps no inputs of the work scheduled).</summary>
    public static string Describe(HistoryEvent decision) => decision switch
    {
        TaskScheduledEvent e => $"activity #{e.EventId} {e.Name}",
        TimerCreatedEvent e => $"timer #{e.EventId} at {Time(e.FireAt)}",
        SubOrchestrationInstanceCreatedEvent e => $"sub-orchestration #{e.EventId} {e.Name} {e.InstanceId}",
        EventSentEvent e => $"event #{e.EventId} {e.Name} to {e.InstanceId}",
        ExecutionCompletedEvent e => $"end {e.OrchestrationStatus} {e.Result} {e.FailureDetails?.ErrorType}",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.EventType, "Not a decision."),
    };

    /// <summary>A decision as the executor returns it, in the words of <see cref="Describe(HistoryEvent)"/>.</summary>
    public static string Describe(OrchestratorAction action) => action switch
    {
        ScheduleTaskOrchestratorAction a => $"activity #{a.Id} {a.Name}",
        CreateTimerOrchestratorAction a => $"timer #{a.Id} at {Time(a.FireAt)}",
        CreateSubOrchestrationAction a => $"sub-orchestration #{a.Id} {a.Name} {a.InstanceId}",
        SendEventOrchestratorAction a => $"event #{a.Id} {a.EventName} to {a.Instance?.InstanceId}",
        OrchestrationCompleteOrchestratorAction a => $"end {a.OrchestrationStatus} {a.Result} {a.FailureDetails?.ErrorType}",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.OrchestratorActionType, "Not a known action."),
    };

    private static bool IsDecision(HistoryEvent e) =>
        e is TaskScheduledEvent or TimerCreatedEvent or SubOrchestrationInstanceCreatedEvent or EventSentEvent or ExecutionCompletedEvent;

    // Whatever kind the stored time came back with.
    private static string Time(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture);
}
