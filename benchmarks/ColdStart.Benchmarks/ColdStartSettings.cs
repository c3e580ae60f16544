using HdndWorkflow.Testing;

namespace HdndWorkflow.ColdStart.Benchmarks;

/// <summary>The workload; <c>--runs 8</c> overrides it.</summary>
internal sealed record ColdStartSettings
{
    /// <summary>Starts of each package measured (after one start of each not counted: Azurite's tables, the disk cache).</summary>
    public int Runs { get; init; } = 6;

    public static ColdStartSettings Parse(string[] args)
    {
        var settings = new ColdStartSettings();
        foreach (var (name, value) in BenchmarkArguments.Pairs(args))
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, name);
            settings = name switch
            {
                "--runs" => settings with { Runs = value },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return settings;
    }
}
