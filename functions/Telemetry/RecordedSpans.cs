using System.Diagnostics;
using OpenTelemetry;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// Leaves out the Azure SDK's spans that begin a trace of their own: the engine's background work (polling its queues,
/// renewing its leases) makes several a second, none of which belongs to a request or a workflow step. Storage calls
/// made within a request, an orchestration or an activity are children of its span and stay. The span is marked not
/// recorded when it starts, so no exporter takes it and its own children (the SDK's HTTP spans) are not sampled.
/// </summary>
internal sealed class RecordedSpans : BaseProcessor<Activity>
{
    /// <summary>What the Azure SDK's ActivitySources' names begin with (<see cref="TelemetryRegistration.AzureSdkSources"/>).</summary>
    private const string AzureSdkPrefix = "Azure.";

    public override void OnStart(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.ParentSpanId == default && data.Source.Name.StartsWith(AzureSdkPrefix, StringComparison.Ordinal))
        {
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            data.IsAllDataRequested = false;
        }
    }
}
