using System.Text.Json;
using System.Text.Json.Serialization;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>The one JSON line the benchmark prints.</summary>
internal sealed record BenchmarkReport(
    string Benchmark,
    MachineInfo Machine,
    SettingsReport Settings,
    BaselineResult Baseline,
    HelloResult Hello,
    FanOutResult FanOut,
    StorageReport Storage,
    MemoryReport Memory,
    CpuReport Cpu,
    IReadOnlyList<TargetResult> Targets)
{
    public bool Pass => Targets.All(t => t.Pass);
}

internal sealed record MachineInfo(int Cores, string Os, string Runtime, bool ServerGc)
{
    /// <summary>The 1, 5 and 15 minute load averages (Linux), to tell a run on a busy machine from one on an idle one.</summary>
    public static double[] LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? [.. File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))]
            : [];
}

/// <summary>The engine options in effect (tuned from their defaults where the comment in BenchmarkSettings says why) and the workload.</summary>
internal sealed record SettingsReport(
    int PartitionCount,
    int MaxConcurrentOrchestratorFunctions,
    int MaxConcurrentActivityFunctions,
    double MinQueuePollingMs,
    double MaxQueuePollingMs,
    double ControlQueueVisibilityTimeoutS,
    int ExtendedSessionsCacheSize,
    string MaxConnectionsPerEndpoint,
    string PooledConnectionIdleTimeout,
    int HelloInstances,
    int HelloActivities,
    int FanOutActivities,
    int ScheduleConcurrency,
    int WarmUpInstances)
{
    public static SettingsReport From(DurableTaskOptions options, BenchmarkSettings settings) => new(
        options.PartitionCount, options.MaxConcurrentOrchestratorFunctions, options.MaxConcurrentActivityFunctions,
        options.MinQueuePollingInterval.TotalMilliseconds, options.MaxQueuePollingInterval.TotalMilliseconds,
        options.ControlQueueVisibilityTimeout.TotalSeconds, options.ExtendedSessionsCacheSize,
        settings.MaxConnections == 0 ? "unlimited (.NET default)" : settings.MaxConnections.ToString(System.Globalization.CultureInfo.InvariantCulture),
        settings.IdleTimeoutMilliseconds == 0 ? "1 min (.NET default)" : $"{settings.IdleTimeoutMilliseconds} ms",
        settings.Instances, settings.HelloActivities, settings.FanOut, settings.Concurrency, settings.WarmUp);
}

internal sealed record MemoryReport(double PeakWorkingSetMb, double? AzuritePeakRssMb);

/// <summary>Average cores busy in each phase: with Azurite near one core, Azurite is the bottleneck.</summary>
internal sealed record CpuReport(
    CpuUse Hello,
    CpuPerUnit HelloPerOrchestration,
    CpuPerUnit HelloPerRequest,
    CpuUse FanOut,
    double[] LoadAverageAtStart,
    double[] LoadAverageAtEnd);

internal sealed record TargetResult(string Name, string Target, double Value, bool Pass)
{
    /// <summary>The targets on this machine (2 cores), and a correctness check.</summary>
    public static IReadOnlyList<TargetResult> Evaluate(StorageReport storage, HelloResult hello, FanOutResult fanOut) =>
    [
        new("storage_ops_per_activity", "<= 4 (Azure Storage provider: ~5)", storage.OpsPerActivity, storage.OpsPerActivity <= 4),
        new("hello_orchestrations_per_s", ">= 50 (Azure Storage provider: ~32 on one node)", hello.OrchestrationsPerSecond, hello.OrchestrationsPerSecond >= 50),
        new("fan_out_in_seconds", "<= 10", fanOut.Seconds ?? -1, fanOut.Seconds is <= 10),
        new("all_instances_completed", "every instance completed with the right output", hello.Completed + (fanOut.Completed ? 1 : 0),
            hello.NotCompleted == 0 && fanOut.Completed),
    ];
}

[JsonSerializable(typeof(BenchmarkReport))]
internal sealed partial class ReportJson : JsonSerializerContext
{
    /// <summary>snake_case names; '&lt;', '&gt;' and quotes written as themselves (the line is read by people and jq, not embedded in HTML).</summary>
    public static ReportJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
