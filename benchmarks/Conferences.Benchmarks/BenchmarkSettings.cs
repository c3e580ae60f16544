using HdndWorkflow.Testing;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// The workload of issue #4; each value can be overridden on the command line (<c>--invitees 2000 --concurrency 20</c>…).
/// </summary>
internal sealed record BenchmarkSettings
{
    /// <summary>Invitees of the measured conference: each gets one invitation and answers once.</summary>
    public int Invitees { get; init; } = 10_000;

    /// <summary>Answers in flight at once.</summary>
    public int Concurrency { get; init; } = 50;

    /// <summary>Share of the answers that send a deputy (each deputy then gets an invitation of his or her own).</summary>
    public int DeputyPercent { get; init; } = 5;

    /// <summary>Share of the answers that decline (half of them with a reason); the rest accept.</summary>
    public int DeclinePercent { get; init; } = 35;

    /// <summary>
    /// Invitees of the warm-up conference (JIT, connections, Azurite's tables), not measured. Above the orchestrator's
    /// ShardAbove (500), so its mailing has the same shape as the measured one and the two histories can be compared.
    /// </summary>
    public int WarmUpInvitees { get; init; } = 600;

    /// <summary>Invitees of the conference taken from creation to publication (storage requests counted), and invitations the sample's design sends.</summary>
    public int LifecycleInvitees { get; init; } = 2000;

    /// <summary>
    /// How far ahead that conference starts (rounded up to a minute; registration closes a minute before): long
    /// enough for its invitations and answers. By default 120 s plus 0.1 s per invitee.
    /// </summary>
    public int LifecycleLeadSeconds => LeadSeconds ?? 120 + (LifecycleInvitees / 10);

    private int? LeadSeconds { get; init; }

    /// <summary>How long a phase may take before the run gives up on it.</summary>
    public TimeSpan PhaseTimeout { get; init; } = TimeSpan.FromSeconds(300);

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        foreach (var (name, value) in BenchmarkArguments.Pairs(args))
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, name);
            settings = name switch
            {
                "--invitees" => settings with { Invitees = value },
                "--concurrency" => settings with { Concurrency = value },
                "--deputy-percent" => settings with { DeputyPercent = value },
                "--decline-percent" => settings with { DeclinePercent = value },
                "--warm-up-invitees" => settings with { WarmUpInvitees = value },
                "--lifecycle-invitees" => settings with { LifecycleInvitees = value },
                "--lifecycle-lead-s" => settings with { LeadSeconds = value },
                "--phase-timeout-s" => settings with { PhaseTimeout = TimeSpan.FromSeconds(value) },
                _ => throw new ArgumentException($"Unknown argument '{name}'."),
            };
        }

        return settings.DeputyPercent + settings.DeclinePercent > 100
            ? throw new ArgumentException("--deputy-percent plus --decline-percent is more than 100.")
            : settings;
    }
}
