using System.Runtime.InteropServices;
using System.Text.Json;
using HdndWorkflow.DurableTask.Benchmarks;
using HdndWorkflow.Testing;

// The engine benchmark: DTFx's AzureStorageOrchestrationService under our TaskHubService, with host.json's
// extensions.durableTask settings and then with one change each, every configuration on a private Azurite of its own:
// hello-5 × n, fan-out/fan-in of n, storage requests per activity, peak memory. One JSON line on stdout (the results of
// every configuration), progress on stderr; exit code 0 unless the run itself broke (a phase that times out is reported).
var settings = BenchmarkSettings.Parse(args);
var loadAtStart = ProcessStats.LoadAverage();
var results = new List<ConfigurationResult>();
var configurations = Configuration.All.Take(settings.Configurations).ToList();
for (var i = 0; i < configurations.Count; i++)
{
    var configuration = configurations[i];
    var (instances, fanOut) = i == 0 ? (settings.Instances, settings.FanOut) : (settings.VariantInstances, settings.VariantFanOut);
    Console.Error.WriteLine($"[{i + 1}/{configurations.Count}] {configuration.Name}: {configuration.Description}; load average {string.Join(' ', ProcessStats.LoadAverage())}");
    results.Add(await ConfigurationRun.RunAsync(configuration, instances, fanOut, settings));
}

var report = new BenchmarkReport(
    "durabletask",
    new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, loadAtStart, ProcessStats.LoadAverage()),
    results);
Console.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Readable.BenchmarkReport));
return 0;
