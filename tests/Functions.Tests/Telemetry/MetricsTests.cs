using HdndWorkflow.Functions.Conferences.Workflow;
using OpenTelemetry.Metrics;

namespace HdndWorkflow.Functions.Tests.Telemetry;

/// <summary>The app's meter as an exporter reads it, after a conference taken through the API.</summary>
[Collection(TelemetryAppCollection.Name)]
public sealed class MetricsTests(TelemetryAppFixture app)
{
    [Fact]
    public async Task Orchestrations_activities_emails_and_answers_are_counted_and_queue_depth_is_reported()
    {
        await app.Journey;
        var metrics = app.CollectMetrics();

        Sum(metrics, "hdnd.orchestrations.started", ("orchestration", nameof(ConferenceOrchestrator))).Should().BeGreaterThanOrEqualTo(1);
        Sum(metrics, "hdnd.orchestrations.finished", ("orchestration", nameof(ConferenceOrchestrator)), ("status", "Completed")).Should().BeGreaterThanOrEqualTo(1);
        Points(metrics, "hdnd.activity.duration", ("activity", nameof(SendConferenceMail)), ("outcome", "completed"))
            .Sum(p => p.GetHistogramCount()).Should().BeGreaterThanOrEqualTo(2, "invitations and cancellations went out");
        Sum(metrics, "hdnd.emails.sent", ("purpose", "invitation")).Should().BeGreaterThanOrEqualTo(2);
        Sum(metrics, "hdnd.emails.sent", ("purpose", "cancellation")).Should().BeGreaterThanOrEqualTo(2);
        Sum(metrics, "hdnd.answers.recorded", ("answer", "Accepted")).Should().BeGreaterThanOrEqualTo(1);

        var queues = Points(metrics, "hdnd.taskhub.queue.depth").Select(p => Tag(p, "queue")).ToList();
        queues.Should().BeEquivalentTo(["hdndworkflow-control-00", "hdndworkflow-control-01", "hdndworkflow-control-02", "hdndworkflow-control-03", "hdndworkflow-workitems"]);
    }

    private static long Sum(IReadOnlyDictionary<string, MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(p => p.GetSumLong());

    private static List<MetricPoint> Points(IReadOnlyDictionary<string, MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags)
    {
        metrics.Should().ContainKey(name);
        return [.. metrics[name].MetricPoints.Where(p => tags.All(t => Tag(p, t.Key) == t.Value))];
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
