namespace HdndWorkflow.DurableTask.History;

/// <summary>
/// A message on a control queue: an event for one instance (and, for results and timers, one execution of it).
/// Queues deliver at least once; applying an event twice is prevented by the history (ids, task ids, execution ids).
/// </summary>
public sealed record ControlMessage(string InstanceId, HistoryEvent Event, string? ExecutionId = null);
