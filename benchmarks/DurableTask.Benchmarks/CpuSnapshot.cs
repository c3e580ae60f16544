using System.Diagnostics;
using HdndWorkflow.Testing;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>CPU time used so far by this process and by Azurite, at a moment; subtract two for the cores each kept busy.</summary>
internal readonly record struct CpuSnapshot(TimeSpan Benchmark, TimeSpan? Azurite, long Timestamp)
{
    public static CpuSnapshot Take(int azuriteProcessId)
    {
        using var process = Process.GetCurrentProcess();
        return new CpuSnapshot(process.TotalProcessorTime, ProcessStats.CpuTime(azuriteProcessId), Stopwatch.GetTimestamp());
    }

    /// <summary>Average cores busy between <paramref name="before"/> and this snapshot.</summary>
    public CpuUse Since(CpuSnapshot before)
    {
        var seconds = Stopwatch.GetElapsedTime(before.Timestamp, Timestamp).TotalSeconds;
        var benchmark = (Benchmark - before.Benchmark).TotalSeconds;
        double? azurite = Azurite is { } after && before.Azurite is { } start ? (after - start).TotalSeconds : null;
        return new CpuUse(Math.Round(seconds, 3), Math.Round(benchmark, 2), azurite is { } a ? Math.Round(a, 2) : null,
            Math.Round(benchmark / seconds, 2), azurite is { } b ? Math.Round(b / seconds, 2) : null);
    }
}

/// <summary>
/// CPU seconds used, and average cores kept busy, by the benchmark process (engine, clients) and by Azurite (Node:
/// its JavaScript runs on one thread, so near 1 core it is the bottleneck). CPU time per unit of work is what stays
/// meaningful when other processes share the machine; throughput is not.
/// </summary>
internal sealed record CpuUse(double WallSeconds, double BenchmarkCpuSeconds, double? AzuriteCpuSeconds, double BenchmarkCores, double? AzuriteCores)
{
    /// <summary>Milliseconds of CPU per unit of work: (benchmark process, Azurite).</summary>
    public CpuPerUnit Per(long units) => new(
        units == 0 ? 0 : Math.Round(BenchmarkCpuSeconds * 1000 / units, 3),
        units == 0 || AzuriteCpuSeconds is not { } azurite ? null : Math.Round(azurite * 1000 / units, 3));
}

/// <summary>CPU milliseconds per unit of work (an orchestration, a request).</summary>
internal sealed record CpuPerUnit(double BenchmarkMs, double? AzuriteMs);
