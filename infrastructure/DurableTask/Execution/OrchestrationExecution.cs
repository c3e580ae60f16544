using HdndWorkflow.DurableTask.History;

namespace HdndWorkflow.DurableTask.Execution;

/// <summary>
/// One execution of one orchestration instance, live in memory: the orchestrator's suspended code plus what it waits
/// for. Events are applied one at a time; each step's new history is what <see cref="RunEpisode"/> returns. Kept
/// between steps, an execution costs O(new events) per step; rebuilt from history, O(history) once.
/// </summary>
internal sealed partial class OrchestrationExecution
{
    private readonly OrchestrationTaskScheduler _scheduler = new();
    private readonly Dictionary<int, OpenTask> _open = [];
    private readonly SortedDictionary<int, ActionEvent> _issued = [];
    private readonly Dictionary<string, Queue<string?>> _buffered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<EventWaiter>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private readonly HashSet<int> _doneTasks = [];
    private readonly List<HistoryEvent> _heldWhileSuspended = [];
    private readonly TaskHubEnvironment _environment;
    private readonly DataConverter _converter;
    private readonly RuntimeContext _context;
    private Task<object?>? _orchestratorTask;
    private int _nextTaskId;
    private int _guidCounter;

    public OrchestrationExecution(string instanceId, TaskHubEnvironment environment)
    {
        InstanceId = instanceId;
        _environment = environment;
        _converter = environment.Converter;
        _context = new RuntimeContext(this, environment.LoggerFactory);
    }

    public string InstanceId { get; }

    public string Name { get; private set; } = string.Empty;

    public string ExecutionId { get; private set; } = string.Empty;

    public ParentInstance? Parent { get; private set; }

    public string? Input { get; private set; }

    public DateTime CurrentUtcDateTime { get; private set; }

    public bool IsReplaying { get; private set; }

    public OrchestrationRuntimeStatus Status { get; private set; } = OrchestrationRuntimeStatus.Pending;

    public string? Output { get; private set; }

    public TaskFailureDetails? Failure { get; private set; }

    public string? CustomStatus { get; private set; }

    /// <summary>The input of the next execution, when this one continued as new.</summary>
    public (string? Input, IReadOnlyList<EventRaised> CarriedEvents)? ContinuedAsNew { get; private set; }

    /// <summary>Events applied so far, replayed ones included: what rebuilding this execution costs.</summary>
    public long AppliedEvents { get; private set; }

    /// <summary>Actions recorded in history whose results have not arrived (activities, sub-orchestrations, timers).</summary>
    public IEnumerable<ActionEvent> OutstandingActions => _recordedActions.Values.Where(a => !_doneTasks.Contains(a.TaskId));

    private readonly Dictionary<int, ActionEvent> _recordedActions = [];

    private (string? Input, bool Preserve)? _continueAsNewRequest;

    public bool IsFinished => Status.IsTerminal() || Status == OrchestrationRuntimeStatus.ContinuedAsNew;

    /// <summary>Rebuilds an execution by replaying its history; throws <see cref="NonDeterministicOrchestrationException"/> on a mismatch.</summary>
    public void Replay(IReadOnlyList<HistoryEvent> history)
    {
        IsReplaying = true;
        foreach (var historyEvent in history)
        {
            if (!Apply(historyEvent))
            {
                throw new NonDeterministicOrchestrationException(
                    $"Instance '{InstanceId}': the recorded event {historyEvent.GetType().Name} could not be applied on replay.");
            }
        }

        IsReplaying = false;
    }

    /// <summary>Restores a finished execution's outcome without running its orchestrator: it will apply nothing more.</summary>
    public void RestoreFinished(IReadOnlyList<HistoryEvent> history)
    {
        if (history.OfType<ExecutionStarted>().FirstOrDefault() is { } started)
        {
            (Name, Input, ExecutionId, Parent) = (started.Name, started.Input, started.ExecutionId, started.Parent);
        }

        if (history.OfType<ExecutionCompleted>().LastOrDefault() is { } completed)
        {
            (Status, Output, Failure) = (completed.Status, completed.Result, completed.Failure);
        }
    }

    /// <summary>
    /// Runs one step: applies the incoming events that are new (duplicates are dropped) and returns the history the
    /// step adds: its start, the applied events, the actions the orchestrator took, and its completion.
    /// </summary>
    public List<HistoryEvent> RunEpisode(DateTime now, IEnumerable<HistoryEvent> incoming)
    {
        IsReplaying = false;
        var added = new List<HistoryEvent>();
        var started = new OrchestratorStarted(now);
        Apply(started);
        added.Add(started);
        foreach (var historyEvent in incoming)
        {
            if (Apply(historyEvent))
            {
                added.Add(historyEvent);
            }
        }

        FinishEpisode(added);
        return added;
    }

    /// <summary>Applies one event; false when it changes nothing (a duplicate, or for a finished execution).</summary>
    private bool Apply(HistoryEvent historyEvent)
    {
        AppliedEvents++;
        _environment.CountAppliedEvent();
        switch (historyEvent)
        {
            case OrchestratorStarted started:
                CurrentUtcDateTime = started.Timestamp;
                _guidCounter = 0;
                return true;
            case ExecutionStarted started:
                return Start(started);
            case ActionEvent action:
                return RecordAction(action);
            case ExecutionCompleted completed when IsReplaying:
                (Status, Output, Failure) = (completed.Status, completed.Result, completed.Failure);
                return true;
            case ExecutionCompleted:
                return false;
        }

        if (IsFinished || Status == OrchestrationRuntimeStatus.Pending)
        {
            return false;
        }

        switch (historyEvent)
        {
            case ExecutionTerminated terminated:
                Status = OrchestrationRuntimeStatus.Terminated;
                Output = terminated.Reason;
                return true;
            case ExecutionSuspended when Status != OrchestrationRuntimeStatus.Suspended:
                Status = OrchestrationRuntimeStatus.Suspended;
                return true;
            case ExecutionResumed when Status == OrchestrationRuntimeStatus.Suspended:
                Status = OrchestrationRuntimeStatus.Running;
                foreach (var held in _heldWhileSuspended)
                {
                    Deliver(held);
                }

                _heldWhileSuspended.Clear();
                Pump();
                return true;
            case ExecutionSuspended or ExecutionResumed:
                return false;
        }

        if (!IsNew(historyEvent))
        {
            return false;
        }

        if (Status == OrchestrationRuntimeStatus.Suspended)
        {
            _heldWhileSuspended.Add(historyEvent);
            return true;
        }

        Deliver(historyEvent);
        Pump();
        return true;
    }

    private bool Start(ExecutionStarted started)
    {
        if (Status != OrchestrationRuntimeStatus.Pending)
        {
            return false;
        }

        (Name, Input, ExecutionId, Parent) = (started.Name, started.Input, started.ExecutionId, started.Parent);
        Status = OrchestrationRuntimeStatus.Running;
        if (_environment.Registry.CreateOrchestrator(started.Name, _environment.Services) is not { } orchestrator)
        {
            _orchestratorTask = Task.FromException<object?>(new InvalidOperationException(
                $"No orchestrator named '{started.Name}' is registered with this worker."));
            return true;
        }

        object? input;
        try
        {
            input = _converter.Deserialize(started.Input, orchestrator.InputType);
        }
        catch (System.Text.Json.JsonException e)
        {
            _orchestratorTask = Task.FromException<object?>(e);
            return true;
        }

        _orchestratorTask = Task.Factory.StartNew(
            () => orchestrator.RunAsync(_context, input),
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            _scheduler).Unwrap();
        Pump();
        return true;
    }

    private bool RecordAction(ActionEvent action)
    {
        if (!IsReplaying)
        {
            throw new InvalidOperationException("Action events are recorded by the execution itself.");
        }

        if (!_issued.Remove(action.TaskId, out var issued) || !SameAction(issued, action))
        {
            throw new NonDeterministicOrchestrationException(
                $"Instance '{InstanceId}': the history records {Describe(action)} as task #{action.TaskId}, " +
                $"but the orchestrator now {(issued is null ? "does not take it" : $"takes {Describe(issued)}")}. " +
                "The orchestrator's code changed in a way that does not match the history it is replaying.");
        }

        _recordedActions[action.TaskId] = action;
        return true;
    }

    private bool IsNew(HistoryEvent historyEvent) => historyEvent switch
    {
        EventRaised raised => _eventIds.Add(raised.MessageId),
        TaskCompleted completed => IsOpen(completed.TaskId),
        TaskFailed failed => IsOpen(failed.TaskId),
        TimerFired fired => IsOpen(fired.TaskId),
        _ => false,
    };

    private bool IsOpen(int taskId) => _recordedActions.ContainsKey(taskId) && _doneTasks.Add(taskId);

    private void Deliver(HistoryEvent historyEvent)
    {
        switch (historyEvent)
        {
            case EventRaised raised:
                DeliverEvent(raised.Name, raised.Input);
                break;
            case TaskCompleted completed when _open.Remove(completed.TaskId, out var open):
                open.Complete(completed.Result, _converter);
                break;
            case TaskFailed failed when _open.Remove(failed.TaskId, out var open):
                open.Fail(failed.Failure);
                break;
            case TimerFired fired when _open.Remove(fired.TaskId, out var open):
                open.Complete(null, _converter);
                break;
        }
    }

    private void FinishEpisode(List<HistoryEvent> added)
    {
        if (Status is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended && _orchestratorTask is { IsCompleted: true } task)
        {
            if (task.IsFaulted || task.IsCanceled)
            {
                var exception = task.Exception?.InnerExceptions.Count == 1 ? task.Exception.InnerException! : (Exception?)task.Exception ?? new TaskCanceledException();
                (Status, Failure) = (OrchestrationRuntimeStatus.Failed, TaskFailureDetails.FromException(exception));
            }
            else if (_continueAsNewRequest is { } next)
            {
                Status = OrchestrationRuntimeStatus.ContinuedAsNew;
                Output = next.Input;
                var carried = next.Preserve
                    ? _buffered.SelectMany(b => b.Value.Select(input => (b.Key, input)))
                        .Select((e, i) => new EventRaised(e.Key, e.input, $"{ExecutionId}:carried:{i}")).ToList()
                    : [];
                ContinuedAsNew = (next.Input, carried);
            }
            else
            {
                try
                {
                    (Status, Output) = (OrchestrationRuntimeStatus.Completed, _converter.Serialize(task.Result, $"output of orchestration '{InstanceId}'"));
                }
                catch (ArgumentException e)
                {
                    (Status, Failure) = (OrchestrationRuntimeStatus.Failed, TaskFailureDetails.FromException(e));
                }
            }
        }

        foreach (var action in _issued.Values)
        {
            _recordedActions[action.TaskId] = action;
            added.Add(action);
        }

        _issued.Clear();
        if (IsFinished && added.OfType<ExecutionCompleted>().FirstOrDefault() is null)
        {
            added.Add(new ExecutionCompleted(Status, Output, Failure));
        }
    }

    private void Pump()
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            _scheduler.Pump();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private static bool SameAction(ActionEvent issued, ActionEvent recorded) => (issued, recorded) switch
    {
        (TaskScheduled a, TaskScheduled b) => a.Name == b.Name,
        (SubOrchestrationCreated a, SubOrchestrationCreated b) => a.Name == b.Name && a.InstanceId == b.InstanceId,
        (TimerCreated, TimerCreated) => true,
        _ => false,
    };

    private static string Describe(ActionEvent action) => action switch
    {
        TaskScheduled a => $"a call of activity '{a.Name}'",
        SubOrchestrationCreated s => $"a call of sub-orchestration '{s.Name}'",
        _ => "a timer",
    };
}
