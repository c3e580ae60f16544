using System.Diagnostics;
using HdndWorkflow.Testing;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// Measures one configuration on an Azurite of its own (so no configuration inherits another's tables, queues or
/// Azurite's grown heap): a warm-up, the hello sequences, the fan-out/fan-in, each phase's storage requests.
/// </summary>
internal static class ConfigurationRun
{
    public static async Task<ConfigurationResult> RunAsync(Configuration configuration, int instances, int fanOut, BenchmarkSettings settings)
    {
        var peakReset = ProcessStats.ResetPeakResident();
        var clock = Stopwatch.StartNew();
        await using var azurite = await Azurite.StartAsync();
        var counter = new RequestCounter();
        await using var engine = await EngineHost.StartAsync(azurite.ConnectionString, counter, configuration);

        // Warm-up (JIT, connections, the hub's tables and queues), outside the measured windows.
        await Phases.HelloAsync(engine, "w-", settings.WarmUp, settings.HelloActivities, settings.Concurrency, settings.PhaseTimeout);
        await Phases.FanOutAsync(engine, "f-warm", settings.WarmUp, settings.PhaseTimeout);

        var (startRequests, startActivities) = (counter.Snapshot(), engine.Activities.Count);
        var hello = await Phases.HelloAsync(engine, "h-", instances, settings.HelloActivities, settings.Concurrency, settings.PhaseTimeout);
        var (middleRequests, middleActivities) = (counter.Snapshot(), engine.Activities.Count);
        Log($"  hello-{settings.HelloActivities} × {instances}: {hello.Completed} completed in {hello.Seconds} s, {hello.OrchestrationsPerSecond}/s, " +
            $"p50 {hello.LatencyMilliseconds.P50} ms, p99 {hello.LatencyMilliseconds.P99} ms");

        var fan = await Phases.FanOutAsync(engine, "f-main", fanOut, settings.PhaseTimeout);
        var (endRequests, endActivities) = (counter.Snapshot(), engine.Activities.Count);
        Log($"  fan-out/in of {fanOut}: {fan.Status} in {fan.Seconds} s");

        // Idle: what the worker asks of storage with nothing to do, over ten seconds.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var idle = counter.Snapshot() - endRequests;

        return new ConfigurationResult(
            configuration.Name,
            configuration.Description,
            SettingsReport.From(engine.Options),
            hello,
            fan,
            new StorageReport(
                Requests.Of(middleRequests - startRequests, middleActivities - startActivities),
                Requests.Of(endRequests - middleRequests, endActivities - middleActivities),
                Math.Round(idle.Worker / 10.0, 1)),
            new MemoryReport(ProcessStats.PeakResidentMb(Environment.ProcessId), peakReset, ProcessStats.PeakResidentMb(azurite.ProcessId)),
            Math.Round(clock.Elapsed.TotalSeconds, 1));
    }

    private static void Log(string line) => Console.Error.WriteLine(line);
}
