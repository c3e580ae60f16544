using System.Text.Json;
using HdndWorkflow.ColdStart.Benchmarks;
using HdndWorkflow.Testing;

// The cold start of the deployment package: the functions project published as scripts/publish.sh publishes it
// (Release, self-contained linux-x64), once with ReadyToRun and once without, then each started again and again on
// one Azurite (its tables already made after the first start, as in Azure), alternating. Measured from the process's
// start: until /health/ready answers 200 (storage answers, the engine's worker runs), the CPU the process used by
// then, and the first answer of three requests a woken instance meets (a portal feed read, a personal link's page, the
// management API's list). One JSON line on stdout, progress on stderr; exit code 0 whatever the numbers.
var settings = ColdStartSettings.Parse(args);
var loadAtStart = ProcessStats.LoadAverage();
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var ct = cancellation.Token;
var root = Path.Combine(Path.GetTempPath(), $"hdnd-coldstart-{Guid.NewGuid():N}");
try
{
    var packages = new List<Package>();
    foreach (var readyToRun in new[] { false, true })
    {
        Log($"Publishing {(readyToRun ? "with" : "without")} ReadyToRun…");
        packages.Add(await Package.PublishAsync(root, readyToRun, ct));
    }

    Log("Starting a silent Azurite…");
    await using var azurite = await Azurite.StartAsync(ct);
    var starts = packages.ToDictionary(p => p, _ => new List<Start>());
    for (var run = 0; run <= settings.Runs; run++)
    {
        foreach (var package in run % 2 == 0 ? packages : Enumerable.Reverse(packages))
        {
            var start = await Start.MeasureAsync(package, azurite.ConnectionString, ct);
            Log($"{package.Name} run {run}{(run == 0 ? " (warm-up, not counted)" : string.Empty)}: ready in {start.ReadyMs} ms, {start.CpuToReadyMs} ms CPU; first answers {string.Join(", ", start.FirstAnswerMs)} ms.");
            if (run > 0)
            {
                starts[package].Add(start);
            }
        }
    }

    var report = new
    {
        benchmark = "cold-start",
        runs = settings.Runs,
        published = "dotnet publish -c Release -r linux-x64 --self-contained true, as scripts/publish.sh",
        firstRequests = Start.FirstRequests.Select(r => r.Name),
        variants = packages.Select(p => Start.Summary(p, starts[p])),
        machine = new { cores = Environment.ProcessorCount, loadAverageAtStart = loadAtStart, loadAverageAtEnd = ProcessStats.LoadAverage() },
    };
    Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
