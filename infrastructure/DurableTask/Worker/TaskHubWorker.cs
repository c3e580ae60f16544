using System.Collections.Concurrent;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.DurableTask.Storage;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask.Worker;

/// <summary>
/// The engine's core, behind both hosts (self-hosted queue dispatchers, Azure Functions queue-trigger invocations):
/// applies control messages to their instances, one step at a time per instance, runs the activities those steps
/// schedule, and commits each step atomically.
/// </summary>
public sealed partial class TaskHubWorker
{
    private readonly ConcurrentDictionary<string, InstanceSession> _sessions = new(StringComparer.Ordinal);
    private readonly TaskHubStorage _storage;
    private readonly TaskHubEnvironment _environment;
    private readonly DurableTaskOptions _options;
    private readonly HistoryStore _history;
    private readonly InstanceIndex _index;
    private readonly ControlQueues _queues;
    private readonly ExecutionCache _cache;
    private readonly SemaphoreSlim _activitySlots;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();

    internal TaskHubWorker(TaskHubStorage storage, TaskHubEnvironment environment, DurableTaskOptions options)
    {
        _storage = storage;
        _environment = environment;
        _options = options;
        _history = new HistoryStore(storage.History);
        _index = new InstanceIndex(storage.Instances);
        _queues = new ControlQueues(storage);
        _cache = new ExecutionCache(options.ExtendedSessionsCacheSize);
        _activitySlots = new SemaphoreSlim(options.MaxConcurrentActivityFunctions);
        _logger = environment.LoggerFactory.CreateLogger<TaskHubWorker>();
    }

    internal TaskHubStorage Storage => _storage;

    internal DurableTaskOptions Options => _options;

    /// <summary>Events applied by this worker's executions, replays included.</summary>
    public long AppliedEvents => _environment.AppliedEvents;

    /// <summary>Steps that lost a race to another worker's commit and were applied again on fresh state.</summary>
    public long CommitConflicts => Interlocked.Read(ref _commitConflicts);

    private long _commitConflicts;

    /// <summary>Sessions in progress: instances with a step or an activity under way.</summary>
    public int ActiveSessions => _sessions.Count;

    /// <summary>
    /// Applies one control message to its instance. Completes when the message may be deleted: once the step that
    /// applied it is committed, or, for the message that started the instance's session, once the session's work
    /// (its activities included) is committed. Throws when it could not be applied; the message must then stay.
    /// </summary>
    public async Task ProcessAsync(ControlMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = _environment.Time.GetUtcNow().UtcDateTime;
        if (message.Event is TimerFired timer && timer.FireAt > now)
        {
            // Queues hide a message for 7 days at most: a longer timer is re-armed until it is due.
            await _queues.SendAsync(message, Min(timer.FireAt - now, _options.MaxTimerDelay), cancellationToken);
            return;
        }

        var ticket = new Ticket(message, dequeueCount > 1);
        while (true)
        {
            if (_sessions.TryGetValue(message.InstanceId, out var existing) && existing.TryAdd(ticket))
            {
                break;
            }

            var session = new InstanceSession(message.InstanceId);
            session.Held.Add(ticket);
            if (_sessions.TryAdd(message.InstanceId, session))
            {
                _ = RunSessionAsync(session);
                break;
            }
        }

        await ticket.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops running activities and sessions (their messages come back to another worker).</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
    }

    private async Task RunSessionAsync(InstanceSession session)
    {
        var batch = new List<Ticket>(session.Held);
        var results = new List<HistoryEvent>();
        try
        {
            while (true)
            {
                if (batch.Count > 0 || results.Count > 0)
                {
                    await RunEpisodeAsync(session, batch, results);
                    foreach (var ticket in batch.Where(t => !session.Held.Contains(t)))
                    {
                        ticket.Done.TrySetResult();
                    }
                }

                lock (session)
                {
                    batch = [.. session.Inbox];
                    results = [.. session.Results];
                    session.Inbox.Clear();
                    session.Results.Clear();
                    if (batch.Count == 0 && results.Count == 0 && session.RunningActivities == 0)
                    {
                        session.Closed = true;
                        _sessions.TryRemove(new KeyValuePair<string, InstanceSession>(session.InstanceId, session));
                        break;
                    }
                }

                if (batch.Count == 0 && results.Count == 0)
                {
                    await session.Signal.WaitAsync(_stopping.Token);
                }
            }

            if (session.Execution is { } execution && !execution.IsFinished)
            {
                _cache.Put(session.InstanceId, new ExecutionCache.Entry(execution, session.State, session.ETag));
            }

            foreach (var ticket in session.Held)
            {
                ticket.Done.TrySetResult();
            }
        }
        catch (Exception e)
        {
            List<Ticket> pending;
            lock (session)
            {
                session.Closed = true;
                _sessions.TryRemove(new KeyValuePair<string, InstanceSession>(session.InstanceId, session));
                pending = [.. session.Held, .. batch, .. session.Inbox];
            }

            _cache.Remove(session.InstanceId);
            Logs.SessionFailed(_logger, session.InstanceId, e);
            foreach (var ticket in pending)
            {
                ticket.Done.TrySetException(e);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
