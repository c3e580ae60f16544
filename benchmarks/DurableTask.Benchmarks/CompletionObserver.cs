using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// Sees instances finish without a storage request: listens for the worker's <c>InstanceFinished</c> log event, which
/// it writes right after the final step commits (the Instances row is updated in parallel with it). The benchmark
/// falls back to polling the Instances table when the event does not come (for instance if it is renamed).
/// </summary>
internal sealed class CompletionObserver : ILoggerProvider
{
    private const string WorkerCategory = "HdndWorkflow.DurableTask.Worker.TaskHubWorker";
    private const string FinishedEvent = "InstanceFinished";

    private readonly ConcurrentDictionary<string, long> _finishedAt = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private Expectation? _expectation;

    /// <summary>Starts waiting for <paramref name="instanceIds"/>; call before scheduling them.</summary>
    public Expectation Expect(IReadOnlyCollection<string> instanceIds)
    {
        var expectation = new Expectation(instanceIds);
        lock (_gate)
        {
            _expectation = expectation;
            foreach (var id in instanceIds.Where(_finishedAt.ContainsKey))
            {
                expectation.Arrived(id);
            }
        }

        return expectation;
    }

    /// <summary>When (Stopwatch timestamp) the instance was seen to finish, if it was.</summary>
    public bool TryGetFinishedAt(string instanceId, out long timestamp) => _finishedAt.TryGetValue(instanceId, out timestamp);

    public ILogger CreateLogger(string categoryName) =>
        categoryName == WorkerCategory ? new Listener(this) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private void Finished(string instanceId)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            if (_finishedAt.TryAdd(instanceId, now))
            {
                _expectation?.Arrived(instanceId);
            }
        }
    }

    /// <summary>A set of instances awaited; completes when each has finished.</summary>
    internal sealed class Expectation(IReadOnlyCollection<string> instanceIds)
    {
        private readonly HashSet<string> _pending = new(instanceIds, StringComparer.Ordinal);
        private readonly TaskCompletionSource _done = NewDone(instanceIds.Count);

        /// <summary>True when every instance finished within <paramref name="timeout"/>.</summary>
        public async Task<bool> WaitAsync(TimeSpan timeout)
        {
            try
            {
                await _done.Task.WaitAsync(timeout);
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        private static TaskCompletionSource NewDone(int count)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (count == 0)
            {
                done.SetResult();
            }

            return done;
        }

        public void Arrived(string instanceId)
        {
            if (_pending.Remove(instanceId) && _pending.Count == 0)
            {
                _done.TrySetResult();
            }
        }
    }

    private sealed class Listener(CompletionObserver observer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name != FinishedEvent || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }

            foreach (var (key, value) in values)
            {
                if (key == "InstanceId" && value is string instanceId)
                {
                    observer.Finished(instanceId);
                }
            }
        }
    }
}
