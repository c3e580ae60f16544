using HdndWorkflow.Testing;

namespace HdndWorkflow.DurableTask.Benchmarks;

// What each phase measured, as the JSON shows it.

internal sealed record BaselineResult(
    int Concurrency,
    double Seconds,
    double TableInsertsPerSecond,
    CpuPerUnit TableInsertCpu,
    double QueuePutReceiveDeletePerSecond,
    double QueueRequestsPerSecond,
    double QueueRequestsPerRound,
    CpuPerUnit QueueRequestCpu,
    long Retries);

internal sealed record HelloResult(
    int Instances,
    int Completed,
    int NotCompleted,
    double Seconds,
    double OrchestrationsPerSecond,
    double ActivitiesPerSecond,
    Percentiles LatencyMilliseconds,
    double ScheduleSeconds,
    double WallSecondsToObservedCompletion,
    string CompletionObservedBy,
    long WaitForCompletionReadsEstimate);

internal sealed record FanOutResult(
    int Activities,
    bool Completed,
    string Status,
    double? Seconds,
    double WallSecondsToObservedCompletion,
    string CompletionObservedBy,
    long WaitForCompletionReadsEstimate);

/// <summary>How the benchmark learnt that instances finished.</summary>
internal static class CompletionObservation
{
    public const string LogEvent = "worker's InstanceFinished log event (no requests), then one Instances-table read per phase";
    public const string Polling = "polling the Instances table every 250 ms (the log event did not come in the warm-up)";
    public const string TimedOut = "not every instance finished before the phase timeout";
}
