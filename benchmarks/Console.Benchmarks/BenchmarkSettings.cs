using HdndWorkflow.Testing;

namespace HdndWorkflow.Console.Benchmarks;

/// <summary>The workload of issue #14; each value can be overridden on the command line (<c>--instances 20000 --pages 3</c>…).</summary>
internal sealed record BenchmarkSettings
{
    /// <summary>Orchestration instances in the task hub: 70 % conferences' own, 30 % their conclusions'.</summary>
    public int Instances { get; init; } = 100_000;

    /// <summary>Councils the conferences are spread over (the development council first, then "bench-01"…).</summary>
    public int Councils { get; init; } = 50;

    /// <summary>Pages read in a row, following "Trang sau", for each scenario.</summary>
    public int Pages { get; init; } = 5;

    /// <summary>How often each scenario's pages are read.</summary>
    public int Repeats { get; init; } = 4;

    /// <summary>Writes in flight at once while loading.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>The target: a page in at most this many milliseconds at the 95th percentile.</summary>
    public int TargetP95Milliseconds { get; init; } = 300;

    /// <summary>Instances that are a conference's own (the rest are the oldest conferences' conclusions).</summary>
    public int Conferences => Instances * 7 / 10;

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        foreach (var (name, value) in BenchmarkArguments.Pairs(args))
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, name);
            settings = name switch
            {
                "--instances" => settings with { Instances = value },
                "--councils" => settings with { Councils = value },
                "--pages" => settings with { Pages = value },
                "--repeats" => settings with { Repeats = value },
                "--concurrency" => settings with { Concurrency = value },
                "--target-p95-ms" => settings with { TargetP95Milliseconds = value },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return settings;
    }
}
