using System.Text.Json;
using System.Text.Json.Serialization;
using HdndWorkflow.TaskHub;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>The one JSON line the benchmark prints: the machine, then one result per configuration.</summary>
internal sealed record BenchmarkReport(string Benchmark, MachineInfo Machine, IReadOnlyList<ConfigurationResult> Configurations);

internal sealed record MachineInfo(int Cores, string Os, string Runtime, double[] LoadAverageAtStart, double[] LoadAverageAtEnd);

internal sealed record ConfigurationResult(
    string Name,
    string Description,
    SettingsReport Settings,
    HelloResult Hello,
    FanOutResult FanOut,
    StorageReport Storage,
    MemoryReport Memory,
    double WallSeconds);

/// <summary>The engine's settings in effect (host.json's, with the configuration's change).</summary>
internal sealed record SettingsReport(
    int PartitionCount,
    int ControlQueueBatchSize,
    double MaxQueuePollingIntervalSeconds,
    bool ExtendedSessionsEnabled,
    int MaxConcurrentOrchestratorFunctions,
    int MaxConcurrentActivityFunctions)
{
    public static SettingsReport From(TaskHubOptions options) => new(
        options.StorageProvider.PartitionCount, options.StorageProvider.ControlQueueBatchSize,
        options.StorageProvider.MaxQueuePollingInterval.TotalSeconds, options.ExtendedSessionsEnabled,
        options.MaxConcurrentOrchestratorFunctions, options.MaxConcurrentActivityFunctions);
}

/// <param name="IdleWorkerRequestsPerSecond">The worker's requests per second with nothing to do, over ten seconds after the phases.</param>
internal sealed record StorageReport(Requests Hello, Requests FanOut, double IdleWorkerRequestsPerSecond);

/// <summary>
/// A phase's storage requests: the worker's by service, the client's starting the instances, and per activity executed
/// (the worker's alone, and with the starts). The benchmark's own waiting reads are apart and in no ratio.
/// </summary>
internal sealed record Requests(
    long Activities, long Blob, long Queue, long Table, long Worker, long Schedule, long Observer, double WorkerPerActivity, double WithSchedulePerActivity)
{
    public static Requests Of(RequestSnapshot requests, long activities) => new(
        activities, requests.Blob, requests.Queue, requests.Table, requests.Worker, requests.Schedule, requests.Observer,
        Per(requests.Worker, activities), Per(requests.Worker + requests.Schedule, activities));

    private static double Per(long count, long activities) => activities == 0 ? 0 : Math.Round((double)count / activities, 2);
}

/// <param name="ProcessPeakResidentMb">This process's peak resident set (VmHWM): during the configuration when <paramref name="PeakResetAtStart"/>, else since the run began.</param>
/// <param name="AzuritePeakResidentMb">The configuration's Azurite's peak resident set.</param>
internal sealed record MemoryReport(double? ProcessPeakResidentMb, bool PeakResetAtStart, double? AzuritePeakResidentMb);

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
