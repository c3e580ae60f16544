using System.Runtime.InteropServices;
using HdndWorkflow.Resilience;

// The resilience suite (issue #11): the parts named on the command line, or all of them, in order; then their figures
// in docs/resilience.md (the sections of parts not run this time are kept). Progress on stderr. Exit code 0 when
// every part run passed.
var suite = Suite.Parse(args);
Suite.Log($"Parts: {string.Join(", ", suite.Parts.Select(p => p.Name))}; {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}.");
var reports = new List<PartReport>();
foreach (var part in suite.Parts)
{
    Suite.Log($"Part {part.Name}…");
    using var cancellation = new CancellationTokenSource(TimeSpan.FromHours(2));
    PartReport report;
    try
    {
        report = await part.RunAsync(suite, cancellation.Token);
    }
    catch (Exception e)
    {
        Suite.Log($"Part {part.Name} broke: {e}");
        report = new PartReport(part.Name, part.Name, false, "broke", null, null, null, null, null, $"The run broke before its checks:\n\n```\n{e.Message}\n```\n");
    }

    Suite.Log($"Part {part.Name}: {(report.Passed ? "passed" : "FAILED")}.");
    reports.Add(report with { Section = report.Section + $"\nRun {DateTime.UtcNow:dd/MM/yyyy HH:mm} UTC, {Environment.ProcessorCount} cores. Reproduce: `{suite.Reproduce(part)}`\n" });
}

var doc = Path.Combine(suite.Root, "docs", "resilience.md");
ResilienceDoc.Write(doc, reports);
Suite.Log($"Wrote {doc}.");
return reports.All(r => r.Passed) ? 0 : 1;
