using System.Diagnostics;
using System.Net;
using HdndWorkflow.Testing;

namespace HdndWorkflow.ColdStart.Benchmarks;

/// <summary>One start of a package: until ready, the CPU spent by then, and the first answer of each of <see cref="FirstRequests"/>.</summary>
internal sealed record Start(double ReadyMs, double CpuToReadyMs, IReadOnlyList<double> FirstAnswerMs, double CpuAfterFirstAnswersMs)
{
    /// <summary>
    /// What a woken instance first serves: the portal's feed (a table query), a personal link's page (Razor; the link
    /// is a mangled one, since a real one needs a conference invited beforehand: its page answers 404), and the
    /// management API's list (the engine's query), with the status each must answer.
    /// </summary>
    public static IReadOnlyList<FirstRequest> FirstRequests { get; } =
    [
        new("portal feed", "/api/portal/articles", null, HttpStatusCode.OK),
        new("personal link page", "/xac-nhan/" + new string('A', 52), null, HttpStatusCode.NotFound),
        new("management list", "/runtime/webhooks/durabletask/instances?top=5", "dev-administrator", HttpStatusCode.OK),
    ];

    public static async Task<Start> MeasureAsync(Package package, string storageConnectionString, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var app = await AppProcess.StartAsync(storageConnectionString, AppProcess.FreePort(), cancellationToken, directory: package.Directory);
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (true)
        {
            using var ready = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"{package.Name}: /health/ready answered {(int)ready.StatusCode} for 60 s.");
            }

            await Task.Delay(20, cancellationToken);
        }

        var readyMs = clock.Elapsed.TotalMilliseconds;
        var cpuToReady = ProcessStats.CpuTime(app.ProcessId)!.Value;
        var firsts = new List<double>();
        foreach (var first in FirstRequests)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(first.Path.TrimStart('/'), UriKind.Relative));
            if (first.Key is { } key)
            {
                request.Headers.Add("X-Api-Key", AppProcess.DevelopmentKey(key));
            }

            var answered = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            firsts.Add(Math.Round(answered.Elapsed.TotalMilliseconds, 1));
            if (response.StatusCode != first.Expected)
            {
                throw new InvalidOperationException($"{package.Name}: {first.Name} answered {(int)response.StatusCode}, not {(int)first.Expected}.");
            }
        }

        return new Start(Math.Round(readyMs), Math.Round(cpuToReady.TotalMilliseconds), firsts, Math.Round(ProcessStats.CpuTime(app.ProcessId)!.Value.TotalMilliseconds));
    }

    /// <summary>A package's starts in the JSON line: medians, and the range of the time until ready.</summary>
    public static object Summary(Package package, IReadOnlyList<Start> starts) => new
    {
        name = package.Name,
        readyToRun = package.ReadyToRun,
        sizeMb = package.SizeMb,
        starts = starts.Count,
        readyMsMedian = Median(starts.Select(s => s.ReadyMs)),
        readyMsMin = starts.Min(s => s.ReadyMs),
        readyMsMax = starts.Max(s => s.ReadyMs),
        cpuToReadyMsMedian = Median(starts.Select(s => s.CpuToReadyMs)),
        firstAnswerMsMedian = FirstRequests.Select((_, i) => Median(starts.Select(s => s.FirstAnswerMs[i]))),
        cpuAfterFirstAnswersMsMedian = Median(starts.Select(s => s.CpuAfterFirstAnswersMs)),
    };

    private static double Median(IEnumerable<double> values) => Percentiles.From(values).P50;
}

/// <summary>A request a woken instance serves first, and the status it must answer.</summary>
internal sealed record FirstRequest(string Name, string Path, string? Key, HttpStatusCode Expected);
