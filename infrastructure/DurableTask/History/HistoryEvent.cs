using System.Text.Json.Serialization;

namespace HdndWorkflow.DurableTask.History;

/// <summary>
/// One fact in an orchestration's event-sourced history. The history of an execution, replayed in order, rebuilds
/// the orchestrator's state exactly; control messages carry events to apply.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "k")]
[JsonDerivedType(typeof(OrchestratorStarted), "os")]
[JsonDerivedType(typeof(ExecutionStarted), "es")]
[JsonDerivedType(typeof(TaskScheduled), "ts")]
[JsonDerivedType(typeof(SubOrchestrationCreated), "ss")]
[JsonDerivedType(typeof(TimerCreated), "tc")]
[JsonDerivedType(typeof(TaskCompleted), "tk")]
[JsonDerivedType(typeof(TaskFailed), "tf")]
[JsonDerivedType(typeof(TimerFired), "tx")]
[JsonDerivedType(typeof(EventRaised), "er")]
[JsonDerivedType(typeof(ExecutionSuspended), "su")]
[JsonDerivedType(typeof(ExecutionResumed), "re")]
[JsonDerivedType(typeof(ExecutionTerminated), "te")]
[JsonDerivedType(typeof(ExecutionCompleted), "ec")]
public abstract record HistoryEvent;

/// <summary>A step begins; its time is the orchestrator's <c>CurrentUtcDateTime</c> for the whole step.</summary>
public sealed record OrchestratorStarted(DateTime Timestamp) : HistoryEvent;

/// <summary>An execution starts with its orchestrator's name and input; <see cref="Parent"/> is set for sub-orchestrations.</summary>
public sealed record ExecutionStarted(string Name, string? Input, string ExecutionId, ParentInstance? Parent = null) : HistoryEvent;

/// <summary>The orchestration that started a sub-orchestration, and the task that waits for it.</summary>
public sealed record ParentInstance(string InstanceId, string ExecutionId, int TaskId);

/// <summary>Events that record an action the orchestrator took; replay checks the orchestrator takes it again.</summary>
public abstract record ActionEvent(int TaskId) : HistoryEvent;

/// <summary>The orchestrator called an activity.</summary>
public sealed record TaskScheduled(int TaskId, string Name, string? Input) : ActionEvent(TaskId);

/// <summary>The orchestrator started a sub-orchestration.</summary>
public sealed record SubOrchestrationCreated(int TaskId, string Name, string InstanceId, string ExecutionId, string? Input) : ActionEvent(TaskId);

/// <summary>The orchestrator created a durable timer.</summary>
public sealed record TimerCreated(int TaskId, DateTime FireAt) : ActionEvent(TaskId);

/// <summary>An activity or sub-orchestration returned.</summary>
public sealed record TaskCompleted(int TaskId, string? Result) : HistoryEvent;

/// <summary>An activity or sub-orchestration failed.</summary>
public sealed record TaskFailed(int TaskId, TaskFailureDetails Failure) : HistoryEvent;

/// <summary>A durable timer fired.</summary>
public sealed record TimerFired(int TaskId, DateTime FireAt) : HistoryEvent;

/// <summary>An external event arrived; <see cref="MessageId"/> makes each raise count once.</summary>
public sealed record EventRaised(string Name, string? Input, string MessageId) : HistoryEvent;

/// <summary>A client suspended the instance: later events wait until it resumes.</summary>
public sealed record ExecutionSuspended(string? Reason) : HistoryEvent;

/// <summary>A client resumed the instance.</summary>
public sealed record ExecutionResumed(string? Reason) : HistoryEvent;

/// <summary>A client terminated the instance.</summary>
public sealed record ExecutionTerminated(string? Reason) : HistoryEvent;

/// <summary>The execution ended: completed, failed, terminated, or continued as new.</summary>
public sealed record ExecutionCompleted(OrchestrationRuntimeStatus Status, string? Result, TaskFailureDetails? Failure) : HistoryEvent;
