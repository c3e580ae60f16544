using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HdndWorkflow.Resilience;

/// <summary>
/// Load: the conference benchmark (benchmarks/Conferences.Benchmarks, its own defaults: 10,000 invitees, 10,000
/// answers at concurrency 50, a conference taken to publication). It passes here when nothing was lost or duplicated
/// and everything was delivered; its speed targets are reported as measured (they depend on the machine's load).
/// </summary>
internal sealed class LoadPart : IPart
{
    public string Name => "load";

    public async Task<PartReport> RunAsync(Suite suite, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await ChildProcess.RunAsync(
            suite.Root, "dotnet", ["run", "-c", "Release", "--project", "benchmarks/Conferences.Benchmarks"], new Dictionary<string, string>(), cancellationToken);
        var line = output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith("{\"benchmark\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The benchmark printed no report (exit code {exitCode}).");
        using var report = JsonDocument.Parse(line);
        var r = report.RootElement;
        var targets = r.GetProperty("targets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => (Target: t.GetProperty("target").GetString()!, Value: t.GetProperty("value").GetDouble(), Pass: t.GetProperty("pass").GetBoolean()));
        var lost = (long)targets["lost"].Value;
        var duplicated = (long)targets["duplicated"].Value;
        var answers = r.GetProperty("answers");
        var invitees = r.GetProperty("settings").GetProperty("invitees").GetInt32();

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            The conference benchmark (`dotnet run -c Release --project benchmarks/Conferences.Benchmarks`, see its README):
            {invitees:N0} invitees invited, {answers.GetProperty("posted").GetInt32():N0} answers posted at concurrency
            {r.GetProperty("settings").GetProperty("concurrency").GetInt32()}, then a conference of
            {r.GetProperty("lifecycle").GetProperty("invitees").GetInt32():N0} taken from creation to publication. It
            passes here when nothing is lost or duplicated and everything is delivered; the speed targets are shown as
            measured, on a machine shared with other work.

            | Target | Wanted | Measured | Met |
            | --- | --- | --- | --- |

            """);
        foreach (var (name, (target, value, pass)) in targets)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {target} | {value:0.##} | {(pass ? "yes" : "no")} |\n");
        }

        return new PartReport(
            Name,
            "Load",
            exitCode == 0 && targets["lost"].Pass && targets["duplicated"].Pass && targets["all_done"].Pass,
            $"1 benchmark ({invitees:N0} invitees)",
            null,
            null,
            answers.GetProperty("posted").GetInt64(),
            lost,
            duplicated,
            text.ToString());
    }
}
