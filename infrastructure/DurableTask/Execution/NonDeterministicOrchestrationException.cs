namespace HdndWorkflow.DurableTask;

/// <summary>
/// The orchestrator's code no longer matches the history it is replaying (an action changed, moved or vanished); the
/// instance fails with this error rather than continue on a history it cannot explain.
/// </summary>
public sealed class NonDeterministicOrchestrationException(string message) : Exception(message);
