using Azure;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.DurableTask.Storage;

namespace HdndWorkflow.DurableTask.Worker;

public sealed partial class TaskHubWorker
{
    /// <summary>
    /// Applies a batch of messages and activity results as one step and commits it; when another worker committed
    /// first, reloads the instance and applies the batch again (what the other applied is then a duplicate).
    /// </summary>
    private async Task RunEpisodeAsync(InstanceSession session, List<Ticket> tickets, List<HistoryEvent> results)
    {
        if (tickets.Exists(t => t.Redelivered))
        {
            session.Recover = true;
        }

        ExecutionStarted? continuation = null;
        var assumeNew = AllFirstStarts(tickets, results);
        while (true)
        {
            if (session.Execution is null && !await LoadAsync(session, assumeNew))
            {
                return;
            }

            var execution = session.Execution!;
            var (incoming, restart) = Incoming(session, tickets, results);
            restart ??= continuation;
            if (execution.Status == OrchestrationRuntimeStatus.Pending && restart is null && !incoming.OfType<ExecutionStarted>().Any())
            {
                await DeferUntilStartedAsync(session, tickets);
                return;
            }

            if (restart is not null)
            {
                execution = session.Execution = new OrchestrationExecution(session.InstanceId, _environment);
            }

            var before = (execution.Status, execution.CustomStatus);
            var added = execution.RunEpisode(_environment.Time.GetUtcNow().UtcDateTime, restart is null ? incoming : [restart, .. incoming]);
            var changed = added.Count > 1 || restart is not null;
            if (changed)
            {
                try
                {
                    await CommitAsync(session, execution, added, newGeneration: restart is not null);
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412)
                {
                    Logs.CommitConflict(_logger, session.InstanceId);
                    Interlocked.Increment(ref _commitConflicts);
                    (session.Execution, session.State, session.ETag) = (null, null, default);

                    // The conflict may be our own commit, applied although its answer was lost (a timeout, then a retry
                    // that found the new ETag): after the reload the batch is all duplicates, so the step's effects must
                    // be carried out from the history instead. Recovery does that; each effect is idempotent.
                    session.Recover = true;
                    assumeNew = false;
                    continue;
                }

                continuation = null;
                await AfterCommitAsync(session, execution, added, before);
            }

            if (session.Recover)
            {
                session.Recover = false;
                await RecoverAsync(session, execution);
            }

            if (execution.ContinuedAsNew is { } next)
            {
                // The next execution starts at once, in a step of its own, with the events the last one left.
                continuation = new ExecutionStarted(execution.Name, next.Input, DeterministicGuid.Create($"{execution.ExecutionId}|next").ToString("N"), execution.Parent);
                tickets = [];
                results = [.. next.CarriedEvents];
                continue;
            }

            return;
        }
    }

    /// <summary>
    /// Messages for an instance that has not started yet (its start message may come after them: queues do not keep
    /// order) wait: each goes back to the queue for a second, while the instance is scheduled. Messages for an
    /// instance nobody scheduled are dropped.
    /// </summary>
    private async Task DeferUntilStartedAsync(InstanceSession session, List<Ticket> tickets)
    {
        if (tickets.Count == 0 || await _index.GetAsync(session.InstanceId, _stopping.Token) is null)
        {
            (session.Execution, session.State, session.ETag) = (null, null, default);
            return;
        }

        await Task.WhenAll(tickets.Select(t => _queues.SendAsync(t.Message, TimeSpan.FromSeconds(1), _stopping.Token)));
        (session.Execution, session.State, session.ETag) = (null, null, default);
    }

    /// <summary>The events of the batch that concern the current execution, and a start message that begins a new one.</summary>
    private (List<HistoryEvent> Incoming, ExecutionStarted? Restart) Incoming(InstanceSession session, List<Ticket> tickets, List<HistoryEvent> results)
    {
        var execution = session.Execution!;
        var incoming = new List<HistoryEvent>(tickets.Count + results.Count);
        ExecutionStarted? restart = null;
        incoming.AddRange(results);
        foreach (var ticket in tickets)
        {
            var message = ticket.Message;
            if (message.Event is ExecutionStarted started)
            {
                if (execution.Status == OrchestrationRuntimeStatus.Pending && restart is null)
                {
                    incoming.Insert(0, started);
                }
                else if (execution.IsFinished && started.ExecutionId != execution.ExecutionId && restart is null)
                {
                    restart = started;
                }

                continue;
            }

            if (message.ExecutionId is null || message.ExecutionId == execution.ExecutionId || restart?.ExecutionId == message.ExecutionId)
            {
                incoming.Add(message.Event);
            }
        }

        return (incoming, restart);
    }

    private async Task CommitAsync(InstanceSession session, OrchestrationExecution execution, List<HistoryEvent> added, bool newGeneration)
    {
        var previous = session.State;
        var generation = previous is null ? 0 : previous.Generation + (newGeneration ? 1 : 0);
        var firstRow = previous is null || newGeneration ? 0 : previous.NextRow;
        var eventCount = (previous is null || newGeneration ? 0 : previous.EventCount) + added.Count;
        var state = new InstanceState(generation, execution.ExecutionId, firstRow, execution.Name, execution.Status, eventCount);
        (session.State, session.ETag) = await _history.CommitAsync(session.InstanceId, session.ETag, state, firstRow, added, _stopping.Token);
        if (newGeneration && previous is not null)
        {
            await DeleteGenerationAsync(session.InstanceId, previous.Generation);
        }
    }

    private async Task DeleteGenerationAsync(string instanceId, int generation)
    {
        try
        {
            await _history.DeleteRowsAsync(instanceId, HistoryStore.GenerationPrefix(generation), _stopping.Token);
        }
        catch (RequestFailedException e)
        {
            Logs.CleanupFailed(_logger, instanceId, e);
        }
    }

    /// <summary>
    /// True when the batch is only start messages delivered for the first time: the instance is almost surely new, so
    /// the step starts from an empty execution without reading its history. If it exists after all, inserting its state
    /// row fails with 409 and the step reloads it like any conflict.
    /// </summary>
    private static bool AllFirstStarts(List<Ticket> tickets, List<HistoryEvent> results) =>
        results.Count == 0 && tickets.Count > 0 && tickets.TrueForAll(t => !t.Redelivered && t.Message.Event is ExecutionStarted);

    /// <summary>Loads the instance from the cache or from storage; false when it was failed instead (non-determinism).</summary>
    private async Task<bool> LoadAsync(InstanceSession session, bool assumeNew = false)
    {
        if (_cache.TryTake(session.InstanceId, out var cached))
        {
            (session.Execution, session.State, session.ETag) = (cached.Execution, cached.State, cached.ETag);
            return true;
        }

        if (assumeNew)
        {
            (session.Execution, session.State, session.ETag) = (new OrchestrationExecution(session.InstanceId, _environment), null, default);
            return true;
        }

        var loaded = await _history.LoadAsync(session.InstanceId, _stopping.Token);
        var execution = new OrchestrationExecution(session.InstanceId, _environment);
        try
        {
            if (loaded.State is { } state && (state.Status.IsTerminal() || state.Status == OrchestrationRuntimeStatus.ContinuedAsNew))
            {
                execution.RestoreFinished(loaded.History);
            }
            else
            {
                execution.Replay(loaded.History);
            }
        }
        catch (NonDeterministicOrchestrationException e)
        {
            Logs.NonDeterministic(_logger, session.InstanceId, e);
            await FailAsync(session.InstanceId, loaded.State, loaded.ETag, loaded.History.OfType<ExecutionStarted>().FirstOrDefault(), TaskFailureDetails.FromException(e));
            (session.Execution, session.State, session.ETag) = (null, null, default);
            return false;
        }

        (session.Execution, session.State, session.ETag) = (execution, loaded.State, loaded.ETag);
        return true;
    }

    /// <summary>
    /// Fails an instance without running its orchestrator (its history cannot be replayed, or its messages keep
    /// failing): records the failure, shows it in the Instances table, and tells the parent.
    /// </summary>
    internal async Task FailAsync(string instanceId, InstanceState? state, Azure.ETag etag, ExecutionStarted? started, TaskFailureDetails failure)
    {
        var now = _environment.Time.GetUtcNow();
        if (state is not null && !state.Status.IsTerminal())
        {
            var failed = state with { Status = OrchestrationRuntimeStatus.Failed, EventCount = state.EventCount + 2 };
            await _history.CommitAsync(instanceId, etag, failed, state.NextRow,
                [new OrchestratorStarted(now.UtcDateTime), new ExecutionCompleted(OrchestrationRuntimeStatus.Failed, null, failure)], _stopping.Token);
        }

        _cache.Remove(instanceId);
        // Nothing committed (no state): the failure is the instance's last word.
        var step = state is null ? long.MaxValue : InstanceIndex.StepOf(state.Generation, state.EventCount + 2);
        await _index.UpdateAsync(instanceId, step, started?.Name ?? state?.Name ?? string.Empty, started?.ExecutionId ?? string.Empty,
            OrchestrationRuntimeStatus.Failed, null, null, failure, now, _stopping.Token);
        if (started?.Parent is { } parent)
        {
            await _queues.SendAsync(new ControlMessage(parent.InstanceId, new TaskFailed(parent.TaskId, failure), parent.ExecutionId), TimeSpan.Zero, _stopping.Token);
        }
    }
}
