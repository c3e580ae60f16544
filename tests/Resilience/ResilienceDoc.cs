using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Resilience;

/// <summary>
/// docs/resilience.md: an introduction, a summary table of every part's figures, then one section per part. A part's
/// section carries its figures in a comment, so that running some parts replaces their sections and keeps the others',
/// and the summary is rebuilt from all of them.
/// </summary>
internal static partial class ResilienceDoc
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(string path, IReadOnlyList<PartReport> reports)
    {
        var sections = File.Exists(path) ? Read(File.ReadAllText(path)) : [];
        foreach (var report in reports)
        {
            sections[report.Name] = report;
        }

        var order = Parts.All.Select(p => p.Name).ToList();
        var ordered = sections.Values.OrderBy(r => order.IndexOf(r.Name) is var i and >= 0 ? i : int.MaxValue).ToList();
        File.WriteAllText(path, Render(ordered));
    }

    private static Dictionary<string, PartReport> Read(string doc)
    {
        var sections = new Dictionary<string, PartReport>(StringComparer.Ordinal);
        foreach (Match part in PartBlock().Matches(doc))
        {
            var figures = JsonSerializer.Deserialize<PartReport>(part.Groups["figures"].Value, Json)!;
            sections[figures.Name] = figures with { Section = part.Groups["section"].Value };
        }

        return sections;
    }

    private static string Render(IReadOnlyList<PartReport> reports)
    {
        var doc = new StringBuilder();
        doc.Append($"""
            # Resilience

            Issue #11's resilience suite, one command. It takes the app through what production does to it: its process
            killed at random moments, storage requests failing or losing their answers, malformed input at every public
            entry point, and load; and it checks that nothing is lost or done twice, counting e-mails at the provider's
            boundary (the development mailbox keeps a duplicate as a second e-mail), and that bad input is refused
            clearly, never with a 5xx, with nothing stored changed.

            ```sh
            npm ci --no-audit --no-fund      # Azurite
            {Suite.Command} [part…] [--seed 11] [--invitees 1000] [--kills 20] [--fault-runs 3] [--fault-rate 0.01]
            ```

            With no part named, every part runs: {string.Join(", ", Parts.All.Select(p => $"`{p.Name}`"))}. Each part
            replaces its own section below and keeps the others'; the summary is rebuilt from all of them. The exit code
            is 0 when every part run passed. It is not part of `npm test` (it takes about an hour); the focused tests of
            what it found are.

            ## Summary

            | Part | Result | Runs | Kills | Faults injected | Inputs tried | Lost | Duplicated |
            | --- | --- | --- | --- | --- | --- | --- | --- |

            """);
        foreach (var r in reports)
        {
            doc.Append($"| [{r.Title}](#{Anchor(r.Title)}) | {(r.Passed ? "passed" : "**failed**")} | {r.Runs} | {Figure(r.Kills)} | {r.FaultsInjected ?? "–"} | {Figure(r.InputsTried)} | {Figure(r.Lost)} | {Figure(r.Duplicated)} |\n");
        }

        foreach (var r in reports)
        {
            doc.Append($"\n## {r.Title}\n\n<!-- part:{r.Name} {JsonSerializer.Serialize(r with { Section = string.Empty }, Json)} -->\n{r.Section.Trim('\n')}\n<!-- /part:{r.Name} -->\n");
        }

        return doc.ToString();
    }

    private static string Figure(long? value) => value is { } v ? v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "–";

    private static string Anchor(string title) => AnchorDrop().Replace(title.ToLowerInvariant(), string.Empty).Replace(' ', '-');

    [GeneratedRegex(@"<!-- part:(?<name>[a-z-]+) (?<figures>\{.*?\}) -->\n(?<section>.*?)\n<!-- /part:\k<name> -->", RegexOptions.Singleline)]
    private static partial Regex PartBlock();

    [GeneratedRegex(@"[^\p{L}\p{Nd} -]")]
    private static partial Regex AnchorDrop();
}
