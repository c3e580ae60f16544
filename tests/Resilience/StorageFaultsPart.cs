using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Resilience;

/// <summary>
/// The workflow tests (tests/Functions.Tests, trait Suite=Workflows: the conference and conclusion journeys and
/// workflows) run with every storage client of the app, the workflow engine's included, failing a share of its
/// requests (<see cref="StorageFaults"/>): half before storage gets them, half after storage carried them out, with the
/// answer lost, so that the client's retry repeats a write already made. Every workflow must end as without faults:
/// the tests' own assertions (every e-mail once, every answer in the roll, one number, the instances completed) hold.
/// </summary>
internal sealed partial class StorageFaultsPart : IPart
{
    public const string PartName = "storage-faults";

    public string Name => PartName;

    public async Task<PartReport> RunAsync(Suite suite, CancellationToken cancellationToken)
    {
        var runs = new List<(int Seed, TestCounts Tests, IReadOnlyList<StorageFaultReport> Apps, int ExitCode)>();
        for (var run = 0; run < suite.FaultRuns; run++)
        {
            var seed = suite.Seed + run;
            var report = Path.Combine(Path.GetTempPath(), $"hdnd-storage-faults-{Environment.ProcessId}-{seed}.jsonl");
            File.Delete(report);
            Suite.Log($"Workflow tests under {suite.FaultRate:P1} storage faults, seed {seed}…");
            var (exitCode, output) = await ChildProcess.RunAsync(
                suite.Root,
                "dotnet",
                ["test", "tests/Functions.Tests", "--filter", "Suite=Workflows", "--blame-hang-timeout", "10m"],
                new Dictionary<string, string>
                {
                    [StorageFaults.RateVariable] = suite.FaultRate.ToString(CultureInfo.InvariantCulture),
                    [StorageFaults.SeedVariable] = seed.ToString(CultureInfo.InvariantCulture),
                    [StorageFaults.ReportVariable] = report,
                },
                cancellationToken);
            var apps = File.Exists(report)
                ? File.ReadAllLines(report).Select(line => JsonSerializer.Deserialize<StorageFaultReport>(line)!).ToList()
                : [];
            File.Delete(report);
            runs.Add((seed, TestCounts.From(output), apps, exitCode));
        }

        var notSent = runs.Sum(r => r.Apps.Sum(a => a.NotSent));
        var lost = runs.Sum(r => r.Apps.Sum(a => a.AnswersLost));
        var passed = runs.All(r => r.ExitCode == 0 && r.Tests.Total > 0 && r.Tests.Failed == 0) && notSent + lost > 0;
        return new PartReport(
            Name,
            "Storage faults",
            passed,
            $"{runs.Count} × {runs.FirstOrDefault().Tests.Total} workflow tests",
            null,
            $"{notSent + lost:N0} ({notSent:N0} not sent, {lost:N0} answers lost)",
            null,
            null,
            null,
            Section(suite, runs));
    }

    private static string Section(Suite suite, List<(int Seed, TestCounts Tests, IReadOnlyList<StorageFaultReport> Apps, int ExitCode)> runs)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            The workflow tests (`dotnet test tests/Functions.Tests --filter Suite=Workflows`: the conference journey, the
            conclusion journey and the conclusion workflow tests) with `{StorageFaults.RateVariable}={suite.FaultRate}`.
            Every storage client of the app, the workflow engine's included, then fails {suite.FaultRate:P0} of its requests
            (`tests/Testing/StorageFaults.cs`, a pipeline policy the app adds to each client through
            `StoragePipelinePolicy`): half never reach storage, half are carried out and their answer is lost, and the Azure
            SDK's retry repeats them. Every workflow must end as it does without faults: the tests' assertions (each e-mail
            once, every answer in the roll, a gap-free notice number, each instance completed) are the check.

            | Seed | Tests passed | Storage requests | Not sent | Answers lost |
            | --- | --- | --- | --- | --- |

            """);
        foreach (var (seed, tests, apps, _) in runs)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {seed} | {tests.Passed} of {tests.Total} | {apps.Sum(a => a.Tries):N0} | {apps.Sum(a => a.NotSent):N0} | {apps.Sum(a => a.AnswersLost):N0} |\n");
        }

        var targets = runs.SelectMany(r => r.Apps).SelectMany(a => a.ByTarget)
            .GroupBy(t => t.Key, t => t.Value).Select(g => (Target: g.Key, Count: g.Sum())).OrderByDescending(t => t.Count).ThenBy(t => t.Target, StringComparer.Ordinal).ToList();
        text.Append("\nFaults by kind and target (table, `$batch:` a transaction on a table, queue or container), all runs:\n\n| Fault | Count |\n| --- | --- |\n");
        foreach (var (target, count) in targets)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {target} | {count:N0} |\n");
        }

        text.Append("""

            What lost answers broke, each fixed with a focused test that fails without the fix
            (`tests/Functions.Tests/Resilience/LostAnswerTests.cs`, scripted faults on the one request each is about):
            an insert, an If-Match update or a transaction carried out but retried was refused by its own first
            attempt (409 or 412), so creating a conference answered 500, starting or closing it and saving a conclusion's
            change answered 409 "changed meanwhile" while the change was stored and the workflow never told; and a removed
            invitee answered 404. Such writes now stamp a write id on a row and, refused with 409 or 412, read it back:
            their own write is success (`infrastructure/Storage/OwnWrites.cs`). The e-mail ledger and the development
            mailbox already recognised their own retried claims and deliveries; notice numbering re-reads after a refused
            transaction and keeps the number it finds, and the engine (DTFx) repairs an instance whose completing history
            write lost its answer (both guarded by a test there).

            """);
        return text.ToString();
    }

    /// <summary>The counts of <c>dotnet test</c>'s summary line ("Failed:     0, Passed:    10, Skipped:     0, Total:    10").</summary>
    private sealed record TestCounts(int Failed, int Passed, int Total)
    {
        public static TestCounts From(string output) => Summary().Match(output) is { Success: true } m
            ? new TestCounts(Int(m, "failed"), Int(m, "passed"), Int(m, "total"))
            : new TestCounts(0, 0, 0);

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+), Skipped:\s+\d+, Total:\s+(?<total>\d+)")]
    private static partial Regex Summary();
}
