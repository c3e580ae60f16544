using HdndWorkflow.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>The two workloads: n hello sequences, and one fan-out/fan-in of n activities.</summary>
internal static class Phases
{
    private static readonly string[] Cities = ["Tokyo", "Seattle", "London", "Hà Nội", "Cairo", "Lima", "Oslo", "Perth"];

    /// <summary>
    /// Schedules <paramref name="instances"/> hello sequences (<paramref name="concurrency"/> schedule calls in flight)
    /// and waits for all. Throughput is over the makespan, first creation to last completion; latency is each
    /// instance's completion minus its creation; both from its Instances row (the engine's clock).
    /// </summary>
    public static async Task<HelloResult> HelloAsync(EngineHost engine, string prefix, int instances, int activities, int concurrency, TimeSpan timeout)
    {
        var input = Enumerable.Range(0, activities).Select(i => Cities[i % Cities.Length]).ToArray();
        var ids = Enumerable.Range(0, instances).Select(i => $"{prefix}{i:D6}").ToArray();
        await RequestCounter.InAsync(RequestOrigin.Schedule, async () =>
        {
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (id, cancellationToken) =>
                await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), input, new StartOrchestrationOptions(id), cancellationToken));
            return 0;
        });

        var finished = await Completions.WaitAsync(engine.Client, prefix, ids.Length, timeout);
        var completed = finished.Where(i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed
            && i.ReadOutputAs<string[]>() is { } greetings && greetings.Length == input.Length).ToList();
        var makespan = completed.Count == 0 ? TimeSpan.Zero : completed.Max(i => i.LastUpdatedAt) - completed.Min(i => i.CreatedAt);
        return new HelloResult(
            instances,
            activities,
            completed.Count,
            Math.Round(makespan.TotalSeconds, 2),
            Rate(completed.Count, makespan),
            Percentiles.From(completed.Select(i => (i.LastUpdatedAt - i.CreatedAt).TotalMilliseconds)));
    }

    /// <summary>One instance fanning out to <paramref name="activities"/> activities and in again: seconds from its creation to its completion.</summary>
    public static async Task<FanOutResult> FanOutAsync(EngineHost engine, string instanceId, int activities, TimeSpan timeout)
    {
        await RequestCounter.InAsync(RequestOrigin.Schedule, () =>
            engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutFanIn), activities, new StartOrchestrationOptions(instanceId)));
        var instance = (await Completions.WaitAsync(engine.Client, instanceId, 1, timeout)).SingleOrDefault(i => i.InstanceId == instanceId);
        var correct = instance is { RuntimeStatus: OrchestrationRuntimeStatus.Completed } && instance.ReadOutputAs<long>() == FanOutFanIn.Expected(activities);
        return new FanOutResult(
            activities,
            correct,
            instance?.RuntimeStatus.ToString() ?? "NotFinished",
            correct ? Math.Round((instance!.LastUpdatedAt - instance.CreatedAt).TotalSeconds, 2) : null);
    }

    private static double Rate(long count, TimeSpan elapsed) => elapsed <= TimeSpan.Zero ? 0 : Math.Round(count / elapsed.TotalSeconds, 1);
}

/// <param name="Seconds">First creation to last completion.</param>
internal sealed record HelloResult(int Instances, int ActivitiesEach, int Completed, double Seconds, double OrchestrationsPerSecond, Percentiles LatencyMilliseconds);

/// <param name="Seconds">From the instance's creation to its completion; null when it did not complete with the right sum.</param>
internal sealed record FanOutResult(int Activities, bool Completed, string Status, double? Seconds);
