using System.Diagnostics;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Phase 3: one instance fanning out to <c>n</c> activities and in again; seconds from scheduling to completion.</summary>
internal static class FanOutPhase
{
    public static async Task<FanOutResult> RunAsync(EngineHost engine, CompletionObserver observer, bool logEventWorks, string instanceId, int activities, TimeSpan timeout)
    {
        var expectation = observer.Expect([instanceId]);
        var wall = Stopwatch.StartNew();
        using (RequestOrigin.Enter(RequestOrigin.Schedule))
        {
            await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutFanIn), activities, new StartOrchestrationOptions(instanceId));
        }

        var (instances, observedBy) = await InstanceTable.WaitAsync(engine.Client, expectation, logEventWorks, instanceId, 1, timeout);
        var observedWall = wall.Elapsed;
        var instance = instances.SingleOrDefault(i => i.InstanceId == instanceId);
        var correct = instance is { RuntimeStatus: OrchestrationRuntimeStatus.Completed } && instance.ReadOutputAs<long>() == FanOutFanIn.Expected(activities);
        var latency = correct ? instance!.LastUpdatedAt - instance.CreatedAt : (TimeSpan?)null;
        return new FanOutResult(
            Activities: activities,
            Completed: correct,
            Status: instance?.RuntimeStatus.ToString() ?? "Missing",
            Seconds: latency is { } l ? Math.Round(l.TotalSeconds, 3) : null,
            WallSecondsToObservedCompletion: Math.Round(observedWall.TotalSeconds, 3),
            CompletionObservedBy: observedBy,
            WaitForCompletionReadsEstimate: latency is { } w ? InstanceTable.WaitForCompletionReads(w) : 0);
    }
}
