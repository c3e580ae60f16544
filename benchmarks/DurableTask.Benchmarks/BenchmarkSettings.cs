using HdndWorkflow.Testing;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// The workload; each value can be overridden on the command line (<c>--instances 1000 --fan-out 1000</c>…). The
/// host.json configuration runs the full workload; the variants a smaller one, to keep a run near ten minutes.
/// </summary>
internal sealed record BenchmarkSettings
{
    /// <summary>Hello-sequence instances measured with host.json's settings.</summary>
    public int Instances { get; init; } = 1000;

    /// <summary>Activities a hello instance calls in sequence.</summary>
    public int HelloActivities { get; init; } = 5;

    /// <summary>Activities of the one fan-out/fan-in instance with host.json's settings.</summary>
    public int FanOut { get; init; } = 1000;

    /// <summary>Hello instances of each variant.</summary>
    public int VariantInstances { get; init; } = 300;

    /// <summary>Fan-out width of each variant.</summary>
    public int VariantFanOut { get; init; } = 300;

    /// <summary>Schedule calls in flight at once.</summary>
    public int Concurrency { get; init; } = 50;

    /// <summary>Hello instances and fan-out width of each configuration's warm-up (JIT, connections, Azurite), not measured.</summary>
    public int WarmUp { get; init; } = 20;

    /// <summary>Only the first this many configurations (1: host.json's alone).</summary>
    public int Configurations { get; init; } = int.MaxValue;

    /// <summary>How long a phase may take before the run gives up on it.</summary>
    public TimeSpan PhaseTimeout { get; init; } = TimeSpan.FromSeconds(300);

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        foreach (var (name, value) in BenchmarkArguments.Pairs(args))
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, name);
            settings = name switch
            {
                "--instances" => settings with { Instances = value },
                "--hello-activities" => settings with { HelloActivities = value },
                "--fan-out" => settings with { FanOut = value },
                "--variant-instances" => settings with { VariantInstances = value },
                "--variant-fan-out" => settings with { VariantFanOut = value },
                "--concurrency" => settings with { Concurrency = value },
                "--warm-up" => settings with { WarmUp = value },
                "--configurations" => settings with { Configurations = value },
                "--phase-timeout-s" => settings with { PhaseTimeout = TimeSpan.FromSeconds(value) },
                _ => throw new ArgumentException($"Unknown argument '{name}'."),
            };
        }

        return settings;
    }
}
