using System.Text;
using System.Text.Json;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Benchmarks;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;
using HdndWorkflow.Testing;

// Throughput and allocations of the Table and Queue clients against a private Azurite, each next to raw HTTP doing
// the same requests. One JSON line on stdout; progress on stderr. Exit code 0 whatever the ratios: it is a measurement.
var options = BenchmarkOptions.Parse(args);
Harness.Log($"Starting Azurite; {options.Rounds} rounds of {options.RoundSeconds} s per side, concurrency {options.Concurrency}.");
await using var azurite = await Azurite.StartAsync();

var tables = new TableServiceClient(azurite.Account);
var queues = new QueueServiceClient(azurite.Account);
var raw = new RawStorage(azurite.Account);
CheckRawBodiesMatchTheClient(raw.TableEndpoint);

var harness = new Harness(options, EmulatorCpu.FindChild());
var insert = await harness.MeasureAsync(new InsertScenario(tables, raw));
var pointRead = await harness.MeasureAsync(new PointReadScenario(tables, raw));
var transaction = await harness.MeasureAsync(new TransactionScenario(tables, raw));
var queue = await harness.MeasureAsync(new QueueScenario(queues, raw));

var report = new BenchmarkReport(
    "storage", await raw.ServerVersionAsync(), options.Concurrency, options.Rounds, options.RoundSeconds,
    insert, pointRead, transaction, queue);
Console.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Default.BenchmarkReport));
return 0;

// The comparison is fair only if the raw baseline sends what the client sends: same entity JSON, same $batch body.
static void CheckRawBodiesMatchTheClient(Uri tableEndpoint)
{
    using var entity = new PooledBufferWriter();
    using (var writer = new Utf8JsonWriter(entity))
    {
        TableEntityJson.Write(writer, BenchEntity.Create("p", "r"));
    }

    var batch = TransactionScenario.ClientBody(tableEndpoint, "benchbatch", "p");
    if (!entity.WrittenMemory.Span.SequenceEqual(Encoding.UTF8.GetBytes(BenchEntity.Json("p", "r")))
        || !batch.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(TransactionScenario.BatchText(tableEndpoint, "benchbatch", "p"))))
    {
        throw new InvalidOperationException("The raw baseline's bodies differ from the client's: the comparison would be unfair.");
    }
}
