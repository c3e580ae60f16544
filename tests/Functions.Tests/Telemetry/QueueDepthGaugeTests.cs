using System.Diagnostics.Metrics;
using HdndWorkflow.Functions.Telemetry;
using HdndWorkflow.TaskHub;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests.Telemetry;

/// <summary>The queue depth gauge against real queues of a task hub no worker polls (its own name on the fixture's Azurite).</summary>
[Collection(TelemetryAppCollection.Name)]
public sealed class QueueDepthGaugeTests(TelemetryAppFixture app)
{
    [Fact]
    public async Task The_gauge_reports_each_queues_length_as_last_read_not_as_at_collection_and_leaves_out_a_missing_queue()
    {
        var queues = app.Azurite.Connection.CreateQueueServiceClient();
        var workItems = queues.GetQueueClient("depthtest-workitems");
        var control = queues.GetQueueClient("depthtest-control-00");
        await workItems.CreateIfNotExistsAsync();
        await control.CreateIfNotExistsAsync();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await workItems.SendMessageAsync("x");
        }

        await control.SendMessageAsync("x");
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new AppMetrics(services.GetRequiredService<IMeterFactory>());
        var hub = new TaskHubOptions { HubName = "depthtest", StorageProvider = new TaskHubOptions.StorageProviderOptions { PartitionCount = 2 } };
        var gauge = new QueueDepthGauge(queues, Options.Create(hub), Options.Create(new TelemetryOptions()), metrics, TimeProvider.System, NullLogger<QueueDepthGauge>.Instance);

        await gauge.RefreshAsync(CancellationToken.None);
        Read(metrics).Should().Equal(new Dictionary<string, int> { ["depthtest-control-00"] = 1, ["depthtest-workitems"] = 3 }, "depthtest-control-01 does not exist");

        await workItems.SendMessageAsync("x");
        Read(metrics)["depthtest-workitems"].Should().Be(3, "collecting reads the cache, not storage");
        await gauge.RefreshAsync(CancellationToken.None);
        Read(metrics)["depthtest-workitems"].Should().Be(4);
    }

    private static Dictionary<string, int> Read(AppMetrics metrics)
    {
        var values = new Dictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == metrics.Meter && instrument.Name == "hdnd.taskhub.queue.depth")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => values[(string)tags.ToArray().Single(t => t.Key == "queue").Value!] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}
