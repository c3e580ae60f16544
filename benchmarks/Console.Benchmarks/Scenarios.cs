using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Console.Benchmarks;

/// <summary>One list the benchmark reads: who asks, and the first page's address.</summary>
internal sealed record Scenario(string Name, string Role, string Path);

/// <summary>
/// A scenario's pages: their latency (p50, p95, max, in milliseconds), the rows they showed, and the emulator's CPU
/// time per page (Azurite answers every query by reading its whole table, so this is the cost the emulator adds).
/// </summary>
internal sealed record ScenarioResult(
    string Name, string Role, string Path, int Pages, double RowsPerPage, double P50Ms, double P95Ms, double MaxMs, double? AzuriteCpuMsPerPage, bool MeetsTarget);

internal static partial class Scenarios
{
    private const string ContinuationHeader = "x-ms-continuation-token";

    /// <summary>Reads <paramref name="pages"/> pages in a row (following "Trang sau", or the API's continuation header), <paramref name="repeats"/> times.</summary>
    public static async Task<ScenarioResult> RunAsync(
        HttpClient client, Scenario scenario, int pages, int repeats, int azuriteProcessId, int targetP95, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var rows = 0;
        var cpuBefore = ProcessStats.CpuTime(azuriteProcessId);
        for (var repeat = 0; repeat < repeats; repeat++)
        {
            (string Path, string? Token)? next = (scenario.Path, null);
            for (var page = 0; page < pages && next is { } at; page++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(at.Path, UriKind.Relative));
                if (at.Token is not null)
                {
                    request.Headers.Add(ContinuationHeader, at.Token);
                }

                var clock = Stopwatch.StartNew();
                using var response = await client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{scenario.Name}: {at.Path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
                }

                if (scenario.Path.StartsWith("/runtime/", StringComparison.Ordinal))
                {
                    rows += InstanceId().Count(body);
                    next = response.Headers.TryGetValues(ContinuationHeader, out var tokens) && tokens.FirstOrDefault() is { Length: > 0 } token ? (scenario.Path, token) : null;
                }
                else
                {
                    rows += Row().Count(body);
                    next = NextLink().Match(body) is { Success: true } link ? (WebUtility.HtmlDecode(link.Groups["href"].Value), null) : null;
                }
            }
        }

        var cpuAfter = ProcessStats.CpuTime(azuriteProcessId);
        var sorted = latencies.Order().ToArray();
        var p95 = Percentiles.Of(sorted, 0.95);
        return new ScenarioResult(
            scenario.Name,
            scenario.Role,
            scenario.Path,
            latencies.Count,
            Math.Round((double)rows / latencies.Count, 1),
            Percentiles.Of(sorted, 0.50),
            p95,
            Math.Round(sorted[^1], 1),
            cpuBefore is { } before && cpuAfter is { } after ? Math.Round((after - before).TotalMilliseconds / latencies.Count, 1) : null,
            p95 <= targetP95);
    }

    [GeneratedRegex("<tr data-instance=")]
    private static partial Regex Row();

    [GeneratedRegex("\"instanceId\":")]
    private static partial Regex InstanceId();

    [GeneratedRegex("<a class=\"button\" href=\"(?<href>[^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();
}
