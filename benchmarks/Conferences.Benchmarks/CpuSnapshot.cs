using System.Diagnostics;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>CPU time of the app and of Azurite at a moment; subtract two for the cores each kept busy.</summary>
internal readonly record struct CpuSnapshot(TimeSpan? App, TimeSpan? Azurite, long Timestamp)
{
    public static CpuSnapshot Take(int appProcessId, int azuriteProcessId) =>
        new(ProcessStats.CpuTime(appProcessId), ProcessStats.CpuTime(azuriteProcessId), Stopwatch.GetTimestamp());

    /// <summary>Average cores busy between <paramref name="before"/> and this snapshot.</summary>
    public CpuUse Since(CpuSnapshot before)
    {
        var seconds = Stopwatch.GetElapsedTime(before.Timestamp, Timestamp).TotalSeconds;
        return new CpuUse(Cores(App, before.App, seconds), Cores(Azurite, before.Azurite, seconds));
    }

    private static double? Cores(TimeSpan? after, TimeSpan? start, double seconds) =>
        after is { } a && start is { } s && seconds > 0 ? Math.Round((a - s).TotalSeconds / seconds, 2) : null;
}

/// <summary>
/// Average cores kept busy by the app (ASP.NET, engine, clients) and by Azurite (Node: its JavaScript runs on one
/// thread, so near 1 core it is the bottleneck).
/// </summary>
internal sealed record CpuUse(double? AppCores, double? AzuriteCores);
