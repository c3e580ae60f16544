using System.Text.Json.Serialization;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>What one side costs this process per operation, measured over a sequential pass.</summary>
internal readonly record struct SequentialCost(long AllocatedBytes, double CpuMicroseconds);

/// <summary>One side's measurements: median throughput, its own cost per operation, and the emulator's.</summary>
internal readonly record struct SideResult(double OpsPerSecond, SequentialCost Cost, double? AzuriteCpuMicroseconds);

/// <summary>One operation's result: each side's median throughput, their ratio, and what each costs per operation.</summary>
internal sealed class OperationResult(SideResult client, SideResult raw)
{
    [JsonPropertyName("client_ops_per_s")]
    public double ClientOpsPerSecond { get; } = Math.Round(client.OpsPerSecond, 1);

    [JsonPropertyName("raw_ops_per_s")]
    public double RawOpsPerSecond { get; } = Math.Round(raw.OpsPerSecond, 1);

    /// <summary>Client throughput over raw throughput.</summary>
    [JsonPropertyName("ratio")]
    public double Ratio { get; } = Math.Round(client.OpsPerSecond / raw.OpsPerSecond, 3);

    [JsonPropertyName("client_alloc_bytes_per_op")]
    public long ClientAllocatedBytesPerOperation { get; } = client.Cost.AllocatedBytes;

    [JsonPropertyName("raw_alloc_bytes_per_op")]
    public long RawAllocatedBytesPerOperation { get; } = raw.Cost.AllocatedBytes;

    [JsonPropertyName("client_extra_alloc_bytes_per_op")]
    public long ClientExtraAllocatedBytesPerOperation => ClientAllocatedBytesPerOperation - RawAllocatedBytesPerOperation;

    /// <summary>This process's CPU time per operation (all its threads: pool, GC), over the sequential pass.</summary>
    [JsonPropertyName("client_cpu_us_per_op")]
    public double ClientCpuMicrosecondsPerOperation { get; } = Math.Round(client.Cost.CpuMicroseconds, 1);

    [JsonPropertyName("raw_cpu_us_per_op")]
    public double RawCpuMicrosecondsPerOperation { get; } = Math.Round(raw.Cost.CpuMicroseconds, 1);

    /// <summary>Azurite's CPU time per operation over the measured rounds: equal on both sides when the work is.</summary>
    [JsonPropertyName("client_azurite_cpu_us_per_op")]
    public double? ClientAzuriteCpuMicrosecondsPerOperation { get; } = Round(client.AzuriteCpuMicroseconds);

    [JsonPropertyName("raw_azurite_cpu_us_per_op")]
    public double? RawAzuriteCpuMicrosecondsPerOperation { get; } = Round(raw.AzuriteCpuMicroseconds);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <summary>The one JSON line the benchmark prints.</summary>
internal sealed record BenchmarkReport(
    [property: JsonPropertyName("benchmark")] string Benchmark,
    [property: JsonPropertyName("azurite")] string Azurite,
    [property: JsonPropertyName("concurrency")] int Concurrency,
    [property: JsonPropertyName("rounds")] int Rounds,
    [property: JsonPropertyName("round_seconds")] double RoundSeconds,
    [property: JsonPropertyName("insert")] OperationResult Insert,
    [property: JsonPropertyName("point_read")] OperationResult PointRead,
    [property: JsonPropertyName("transaction_100")] OperationResult Transaction100,
    [property: JsonPropertyName("queue_put_receive_delete")] OperationResult Queue)
{
    /// <summary>The bar: the client within 10% of raw HTTP on every operation.</summary>
    [JsonPropertyName("within_10_percent")]
    public bool Within10Percent => new[] { Insert, PointRead, Transaction100, Queue }.All(r => r.Ratio >= 0.9);
}

[JsonSerializable(typeof(BenchmarkReport))]
internal sealed partial class ReportJson : JsonSerializerContext;
