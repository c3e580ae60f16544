using System.Diagnostics;
using HdndWorkflow.Testing;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// Phase 2: schedules <c>n</c> hello-sequence instances (a bounded number of schedule calls in flight) and waits for
/// all. Throughput is over the makespan, first schedule to last completion; latency is each instance's completion
/// minus its scheduling, both from its Instances row (CreatedAt, LastUpdatedAt: the engine's clock).
/// </summary>
internal static class HelloPhase
{
    private static readonly string[] Cities = ["Tokyo", "Seattle", "London", "Hà Nội", "Cairo", "Lima", "Oslo", "Perth"];

    public static async Task<HelloResult> RunAsync(EngineHost engine, CompletionObserver observer, bool logEventWorks, string prefix, BenchmarkSettings settings)
    {
        var input = Enumerable.Range(0, settings.HelloActivities).Select(i => Cities[i % Cities.Length]).ToArray();
        var ids = Enumerable.Range(0, settings.Instances).Select(i => $"{prefix}{i:D6}").ToArray();
        var expectation = observer.Expect(ids);
        var wall = Stopwatch.StartNew();
        using (RequestOrigin.Enter(RequestOrigin.Schedule))
        {
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency }, async (id, cancellationToken) =>
                await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), input, new StartOrchestrationOptions(id), cancellationToken));
        }

        var scheduled = wall.Elapsed;
        var (instances, observedBy) = await InstanceTable.WaitAsync(engine.Client, expectation, logEventWorks, prefix, ids.Length, settings.PhaseTimeout);
        var observedWall = wall.Elapsed;

        var completed = instances.Where(i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed
            && i.ReadOutputAs<string[]>() is { } greetings && greetings.Length == input.Length).ToList();
        var makespan = completed.Count == 0 ? TimeSpan.Zero : completed.Max(i => i.LastUpdatedAt) - instances.Min(i => i.CreatedAt);
        var latencies = completed.Select(i => i.LastUpdatedAt - i.CreatedAt).Order().ToArray();
        var milliseconds = latencies.Select(l => l.TotalMilliseconds).ToArray();
        return new HelloResult(
            Instances: ids.Length,
            Completed: completed.Count,
            NotCompleted: ids.Length - completed.Count,
            Seconds: Math.Round(makespan.TotalSeconds, 3),
            OrchestrationsPerSecond: Rate(completed.Count, makespan),
            ActivitiesPerSecond: Rate(completed.Count * input.Length, makespan),
            LatencyMilliseconds: Percentiles.From(milliseconds),
            ScheduleSeconds: Math.Round(scheduled.TotalSeconds, 3),
            WallSecondsToObservedCompletion: Math.Round(observedWall.TotalSeconds, 3),
            CompletionObservedBy: observedBy,
            WaitForCompletionReadsEstimate: latencies.Sum(InstanceTable.WaitForCompletionReads));
    }

    public static double Rate(long count, TimeSpan elapsed) =>
        elapsed <= TimeSpan.Zero ? 0 : Math.Round(count / elapsed.TotalSeconds, 1);
}
