using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// The app's own telemetry settings (configuration section <c>Telemetry</c>). Where telemetry goes is set by the standard
/// settings the exporters read: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> and <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// How often the task hub's queue lengths are read for the <c>hdnd.taskhub.queue.depth</c> gauge: one Queue storage
    /// call per queue each time, however often the metrics are collected.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan QueueDepthInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether spans are recorded. Unset: when an exporter is configured (OTLP or Azure Monitor). Read when the app
    /// starts, from configuration, before the options exist.
    /// </summary>
    public bool? Traces { get; set; }
}
