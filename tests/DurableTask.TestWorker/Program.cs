// Usage: HdndWorkflow.DurableTask.TestWorker <connection string> <hub name>
// Runs the self-hosted engine with EffectChain and RecordEffect until killed.
using HdndWorkflow.DurableTask;
using HdndWorkflow.DurableTask.Hosting;
using HdndWorkflow.DurableTask.TestWorker;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var account = StorageAccount.Parse(args[0]);
var builder = Host.CreateApplicationBuilder();
var tables = new TableServiceClient(account);
builder.Services.AddSingleton(tables);
builder.Services.AddSingleton(new QueueServiceClient(account));
builder.Services.AddSingleton(new Effects(tables.GetTableClient(args[1] + "Effects")));
builder.Services.AddDurableTask(r => r.AddOrchestrator<EffectChain>().AddActivity<RecordEffect>());
builder.Services.PostConfigure<DurableTaskOptions>(options =>
{
    options.HubName = args[1];
    options.PartitionCount = 1;
    options.ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(3);
    options.MinQueuePollingInterval = TimeSpan.FromMilliseconds(20);
    options.MaxQueuePollingInterval = TimeSpan.FromMilliseconds(200);
});
await builder.Build().RunAsync();
