using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Console.Benchmarks;
using HdndWorkflow.Testing;

// The console benchmark (issue #14): 100,000 orchestration instances and their 70,000 conferences written into a
// private Azurite, the real app started as a process over it, then the console's list read page after page, unfiltered
// and with each filter, as an administrator and as an organizer (and the management API's list beside it). One JSON
// line on stdout, progress on stderr; exit code 0 whatever the numbers: it is a measurement, the JSON says whether each
// scenario met the target.
var settings = BenchmarkSettings.Parse(args);
var loadAtStart = ProcessStats.LoadAverage();
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(60));
var ct = cancellation.Token;
var fleet = new Fleet(settings);

Log($"Starting a silent Azurite; loading {settings.Instances} instances of {fleet.Conferences} conferences in {settings.Councils} councils…");
await using var azurite = await Azurite.StartAsync(ct);
var loadSeconds = await Loader.LoadAsync(fleet, azurite.Connection.CreateTableServiceClient(), settings.Concurrency, Log, ct);
Log($"Loaded in {loadSeconds} s. Starting the app (this build's configuration, environment Development)…");
await using var app = await AppProcess.StartAsync(azurite.ConnectionString, ct, fleet.CouncilSettings());

using var administrator = Client(app, AppProcess.DevelopmentKey("dev-administrator"));
using var organizer = Client(app, AppProcess.DevelopmentKey("dev-organizer"));

// The engine reads the rows as it wrote them: a sample through the management API.
foreach (var i in new[] { 0, fleet.Held - 1, fleet.Held, fleet.Conferences - 1 })
{
    var written = fleet.Instances(i).First();
    var status = await administrator.GetFromJsonAsync<JsonElement>(new Uri($"/runtime/webhooks/durabletask/instances/{written.PartitionKey}", UriKind.Relative), ct);
    if (status.GetProperty("runtimeStatus").GetString() != written.GetString("RuntimeStatus"))
    {
        throw new InvalidOperationException($"Instance {written.PartitionKey} reads as {status}, not as written.");
    }
}

var week = fleet.DayOf(fleet.Conferences / 2);
var council = Fleet.CouncilId(Math.Min(7, settings.Councils - 1));
var scenarios = new[]
{
    new Scenario("all", "Administrator", "/quy-trinh"),
    new Scenario("status-failed", "Administrator", "/quy-trinh?trangThai=Failed"),
    new Scenario("status-running", "Administrator", "/quy-trinh?trangThai=Running"),
    new Scenario("created-one-week", "Administrator", string.Create(CultureInfo.InvariantCulture, $"/quy-trinh?tuNgay={week:yyyy'-'MM'-'dd}&denNgay={week.PlusDays(6):yyyy'-'MM'-'dd}")),
    new Scenario("id-prefix", "Administrator", "/quy-trinh?ma=ab"),
    new Scenario("council", "Administrator", $"/quy-trinh?hoiDong={council}"),
    new Scenario("stage", "Administrator", "/quy-trinh?giaiDoan=InReview"),
    new Scenario("council-status-stage", "Administrator", $"/quy-trinh?hoiDong={council}&trangThai=Running&giaiDoan=Inviting"),
    new Scenario("organizer", "Organizer", "/quy-trinh"),
    new Scenario("organizer-failed", "Organizer", "/quy-trinh?trangThai=Failed"),
    new Scenario("api-all", "Administrator", "/runtime/webhooks/durabletask/instances?top=25&showInput=false"),
    new Scenario("api-failed", "Administrator", "/runtime/webhooks/durabletask/instances?top=25&runtimeStatus=Failed"),
};

// Warm-up (JIT, connections): one page of each, not measured.
foreach (var scenario in scenarios)
{
    await Scenarios.RunAsync(scenario.Role == "Organizer" ? organizer : administrator, scenario, pages: 1, repeats: 1, azurite.ProcessId, settings.TargetP95Milliseconds, ct);
}

var results = new List<ScenarioResult>();
foreach (var scenario in scenarios)
{
    var result = await Scenarios.RunAsync(scenario.Role == "Organizer" ? organizer : administrator, scenario, settings.Pages, settings.Repeats, azurite.ProcessId, settings.TargetP95Milliseconds, ct);
    Log($"{result.Name}: p50 {result.P50Ms} ms, p95 {result.P95Ms} ms, max {result.MaxMs} ms over {result.Pages} pages ({result.RowsPerPage} rows a page; Azurite {result.AzuriteCpuMsPerPage} ms CPU a page).");
    results.Add(result);
}

var report = new
{
    benchmark = "console",
    instances = settings.Instances,
    conferences = fleet.Conferences,
    councils = settings.Councils,
    loadedSeconds = loadSeconds,
    loadedBy = "conferences through ConferenceStore; instance rows straight into HdndWorkflowInstances (one insert each)",
    pagesPerScenario = settings.Pages * settings.Repeats,
    targetP95Ms = settings.TargetP95Milliseconds,
    scenariosMeetingTarget = results.Count(r => r.MeetsTarget),
    scenarios = results,
    machine = new { cores = Environment.ProcessorCount, loadAverageAtStart = loadAtStart, loadAverageAtEnd = ProcessStats.LoadAverage() },
};
System.Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
return;

static HttpClient Client(AppProcess app, string key)
{
    var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
    client.DefaultRequestHeaders.Add("X-Api-Key", key);
    return client;
}

static void Log(string message) => System.Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
