using HdndWorkflow.Testing;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// The workload and the engine's tuning. Defaults are the workload and the settings that suit one worker on
/// two cores; each can be overridden on the command line (<c>--instances 1000 --orchestrator-slots 200</c>…).
/// </summary>
internal sealed record BenchmarkSettings
{
    /// <summary>Hello-sequence instances measured.</summary>
    public int Instances { get; init; } = 1000;

    /// <summary>Activities a hello instance calls in sequence.</summary>
    public int HelloActivities { get; init; } = 5;

    /// <summary>Activities of the one fan-out/fan-in instance.</summary>
    public int FanOut { get; init; } = 1000;

    /// <summary>Schedule calls in flight at once; the baseline's workers too.</summary>
    public int Concurrency { get; init; } = 50;

    /// <summary>Hello instances and fan-out width of the warm-up (JIT, connections, Azurite), not measured.</summary>
    public int WarmUp { get; init; } = 50;

    /// <summary>Length of each baseline measurement.</summary>
    public double BaselineSeconds { get; init; } = 3;

    /// <summary>Control queues. One worker gains nothing from more: each queue only adds idle polls.</summary>
    public int PartitionCount { get; init; } = 1;

    /// <summary>
    /// Control messages in progress (default 20 on two cores). The message that opens an instance's session holds its
    /// slot until the session ends, activities included, so this caps the instances running at once: at 20 the worker
    /// leaves Azurite idle while the queue backs up (a long queue also makes Azurite's receives dearer). 200 keeps
    /// Azurite busy; 400 measured the same throughput with more requests waiting in Azurite's line.
    /// </summary>
    public int OrchestratorSlots { get; init; } = 200;

    /// <summary>Activities running at once (they are in-memory string and integer work here).</summary>
    public int ActivitySlots { get; init; } = 100;

    /// <summary>
    /// Connections per storage endpoint (0: unlimited, the .NET default). Unlimited, the worker's ~250 requests in
    /// flight open ~250 connections and single-threaded Azurite starves some of them: answers after 18–30 s, network
    /// timeouts (30 s) and retries. At 64 the excess waits in the client's pool, first come first served, and the
    /// slowest request stays under ~5 s at the same throughput.
    /// </summary>
    public int MaxConnections { get; init; } = 64;

    /// <summary>How long an idle pooled connection is kept (0: the .NET default, 1 minute).</summary>
    public int IdleTimeoutMilliseconds { get; init; }

    public ConnectionSettings Connections => new(MaxConnections, TimeSpan.FromMilliseconds(IdleTimeoutMilliseconds));

    public int MinPollMilliseconds { get; init; } = 50;

    public int MaxPollMilliseconds { get; init; } = 1000;

    /// <summary>How long a phase may take before the run gives up on it.</summary>
    public TimeSpan PhaseTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public void Apply(DurableTaskOptions options)
    {
        options.HubName = "Bench" + Guid.NewGuid().ToString("N")[..8];
        options.PartitionCount = PartitionCount;
        options.MaxConcurrentOrchestratorFunctions = OrchestratorSlots;
        options.MaxConcurrentActivityFunctions = ActivitySlots;
        options.MinQueuePollingInterval = TimeSpan.FromMilliseconds(MinPollMilliseconds);
        options.MaxQueuePollingInterval = TimeSpan.FromMilliseconds(MaxPollMilliseconds);
    }

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
                "--concurrency" => settings with { Concurrency = value },
                "--warm-up" => settings with { WarmUp = value },
                "--baseline-seconds" => settings with { BaselineSeconds = value },
                "--partitions" => settings with { PartitionCount = value },
                "--orchestrator-slots" => settings with { OrchestratorSlots = value },
                "--activity-slots" => settings with { ActivitySlots = value },
                "--max-connections" => settings with { MaxConnections = value },
                "--idle-timeout-ms" => settings with { IdleTimeoutMilliseconds = value },
                "--min-poll-ms" => settings with { MinPollMilliseconds = value },
                "--max-poll-ms" => settings with { MaxPollMilliseconds = value },
                _ => throw new ArgumentException($"Unknown argument '{name}'."),
            };
        }

        return settings;
    }
}
