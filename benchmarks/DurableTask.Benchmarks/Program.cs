using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
using HdndWorkflow.DurableTask.Benchmarks;
using HdndWorkflow.Testing;

// The engine benchmark: on a private Azurite, (1) the baseline rates of our storage clients, (2) hello-5 × n instances,
// (3) fan-out/fan-in of n activities, (4) storage requests per activity and peak memory. One JSON line on stdout,
// progress on stderr; exit code 0 whatever the results: it is a measurement, the JSON says pass or fail per target.
var settings = BenchmarkSettings.Parse(args);
var loadAtStart = MachineInfo.LoadAverage();
Log($"Starting Azurite; workload: hello-{settings.HelloActivities} × {settings.Instances}, fan-out {settings.FanOut}.");
await using var azurite = await Azurite.StartAsync();

var baseline = await BaselinePhase.RunAsync(azurite.Account, azurite.ProcessId, settings.Concurrency, TimeSpan.FromSeconds(settings.BaselineSeconds));
Log($"Baseline: {baseline.TableInsertsPerSecond} inserts/s, {baseline.QueuePutReceiveDeletePerSecond} queue put+receive+delete/s at concurrency {baseline.Concurrency}.");

var counter = new RequestCounter();
var observer = new CompletionObserver();
await using var engine = await EngineHost.StartAsync(azurite.Account, counter, observer, settings);

// Warm-up (JIT, connections, Azurite's tables): a small run of each phase, outside the measured window. It also
// checks that the worker's InstanceFinished log event arrives; if not, the phases wait by polling instead.
var warmUp = await HelloPhase.RunAsync(engine, observer, logEventWorks: true, "warm-", settings with { Instances = settings.WarmUp, PhaseTimeout = TimeSpan.FromSeconds(30) });
var logEventWorks = warmUp.CompletionObservedBy == CompletionObservation.LogEvent;
await FanOutPhase.RunAsync(engine, observer, logEventWorks, "warmfan", settings.WarmUp, settings.PhaseTimeout);
await SettleAsync(engine);

var start = (Requests: counter.Snapshot(), Activities: engine.Activities.Count, Cpu: CpuSnapshot.Take(azurite.ProcessId));
var hello = await HelloPhase.RunAsync(engine, observer, logEventWorks, "hello-", settings);
await SettleAsync(engine);
var middle = (Requests: counter.Snapshot(), Activities: engine.Activities.Count, Cpu: CpuSnapshot.Take(azurite.ProcessId));
Log($"Hello-{settings.HelloActivities}: {hello.Completed}/{hello.Instances} in {hello.Seconds} s, {hello.OrchestrationsPerSecond} orchestrations/s, " +
    $"latency p50 {hello.LatencyMilliseconds.P50} ms, p99 {hello.LatencyMilliseconds.P99} ms.");

var fanOut = await FanOutPhase.RunAsync(engine, observer, logEventWorks, "fanout-main", settings.FanOut, settings.PhaseTimeout);
await SettleAsync(engine);
var end = (Requests: counter.Snapshot(), Activities: engine.Activities.Count, Cpu: CpuSnapshot.Take(azurite.ProcessId));
Log($"Fan-out/in of {fanOut.Activities}: {fanOut.Status} in {fanOut.Seconds} s.");

var storage = StorageReport.Create(
    measured: end.Requests - start.Requests, activities: end.Activities - start.Activities,
    helloRequests: middle.Requests - start.Requests, helloActivities: middle.Activities - start.Activities,
    fanOutRequests: end.Requests - middle.Requests, fanOutActivities: end.Activities - middle.Activities,
    wholeRun: end.Requests, wholeRunActivities: end.Activities,
    waitForCompletionReads: hello.WaitForCompletionReadsEstimate + fanOut.WaitForCompletionReadsEstimate,
    longest: counter.LongestMillisecondsByKind(), commitConflicts: engine.Worker.CommitConflicts);
var helloCpu = middle.Cpu.Since(start.Cpu);
var report = new BenchmarkReport(
    Benchmark: "durabletask",
    Machine: new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, GCSettings.IsServerGC),
    Settings: SettingsReport.From(engine.Options, settings),
    Baseline: baseline,
    Hello: hello,
    FanOut: fanOut,
    Storage: storage,
    Memory: new MemoryReport(ProcessMemory.PeakWorkingSetMb(), ProcessStats.PeakResidentMb(azurite.ProcessId)),
    Cpu: new CpuReport(
        helloCpu, helloCpu.Per(hello.Completed), helloCpu.Per(storage.Hello.Requests),
        end.Cpu.Since(middle.Cpu), loadAtStart, MachineInfo.LoadAverage()),
    Targets: TargetResult.Evaluate(storage, hello, fanOut));
Console.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Readable.BenchmarkReport));
return 0;

static void Log(string line) => Console.Error.WriteLine(line);

// Lets the last sessions close and their messages be deleted, so each phase is charged for its own requests.
static async Task SettleAsync(EngineHost engine)
{
    var deadline = DateTime.UtcNow.AddSeconds(10);
    while (engine.Worker.ActiveSessions > 0 && DateTime.UtcNow < deadline)
    {
        await Task.Delay(20);
    }

    await Task.Delay(250);
}
