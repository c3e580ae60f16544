using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask.Execution;

/// <summary>What executions and activities of one worker share: registry, services, serialisation, logging, clock.</summary>
internal sealed record TaskHubEnvironment(
    DurableTaskRegistry Registry,
    IServiceProvider Services,
    DataConverter Converter,
    ILoggerFactory LoggerFactory,
    TimeProvider Time)
{
    /// <summary>Events applied by every execution of this worker, replays included: shows replay cost stays linear.</summary>
    public long AppliedEvents => Interlocked.Read(ref _appliedEvents);

    private long _appliedEvents;

    public void CountAppliedEvent() => Interlocked.Increment(ref _appliedEvents);
}
