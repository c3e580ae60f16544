using System.Globalization;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Resilience;

/// <summary>
/// The suite's command line: the parts to run (all when none is named), then options. Every option has a default, so
/// the bare command reproduces the documented run.
/// </summary>
internal sealed record Suite
{
    public const string Command = "dotnet run -c Release --project tests/Resilience --";

    public IReadOnlyList<IPart> Parts { get; init; } = Resilience.Parts.All;

    /// <summary>Seeds the crash loop's kill moments, the storage faults and the bad-input part's generators.</summary>
    public int Seed { get; init; } = 11;

    /// <summary>Invitees of the crash loop's conference.</summary>
    public int Invitees { get; init; } = 1000;

    /// <summary>Kills the crash loop makes at least before the conference is published.</summary>
    public int Kills { get; init; } = 20;

    /// <summary>Runs of the workflow tests under storage faults, each with its own seed (Seed, Seed + 1, …).</summary>
    public int FaultRuns { get; init; } = 3;

    /// <summary>The share of storage requests that fail (half before storage gets them, half with the answer lost).</summary>
    public double FaultRate { get; init; } = 0.01;

    /// <summary>The repository's root (where HdndWorkflow.sln is).</summary>
    public string Root { get; init; } = Repository.Root;

    /// <summary>The command that runs <paramref name="part"/> again with this run's options.</summary>
    public string Reproduce(IPart part) => part.Name switch
    {
        CrashLoop.CrashLoopPart.PartName => $"{Command} {part.Name} --seed {Seed} --invitees {Invitees} --kills {Kills}",
        StorageFaultsPart.PartName => string.Create(CultureInfo.InvariantCulture, $"{Command} {part.Name} --seed {Seed} --fault-runs {FaultRuns} --fault-rate {FaultRate}"),
        BadInput.BadInputPart.PartName => $"{Command} {part.Name} --seed {Seed}",
        _ => $"{Command} {part.Name}",
    };

    public static Suite Parse(string[] args)
    {
        var names = new List<string>();
        var suite = new Suite();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                names.Add(args[i]);
                continue;
            }

            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            suite = args[i - 1] switch
            {
                "--seed" => suite with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--invitees" => suite with { Invitees = int.Parse(value, CultureInfo.InvariantCulture) },
                "--kills" => suite with { Kills = int.Parse(value, CultureInfo.InvariantCulture) },
                "--fault-runs" => suite with { FaultRuns = int.Parse(value, CultureInfo.InvariantCulture) },
                "--fault-rate" => suite with { FaultRate = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option '{args[i - 1]}'."),
            };
        }

        return suite with { Parts = Resilience.Parts.Named(names) };
    }

    public static void Log(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
