using System.Diagnostics;
using OpenTelemetry;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// Adds the conference and instance ids to the Durable Task Framework's spans (orchestrations, activities, their
/// scheduling), which carry the instance id under their own name: a trace search by conference finds them all.
/// </summary>
internal sealed class WorkflowSpanTagger : BaseProcessor<Activity>
{
    /// <summary>The framework's ActivitySource (DurableTask.Core's TraceHelper).</summary>
    public const string DurableTaskSource = "DurableTask.Core";

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Source.Name != DurableTaskSource || data.GetTagItem(TelemetryTags.DurableTaskInstanceId) is not string instance)
        {
            return;
        }

        data.SetTag(TelemetryTags.InstanceId, instance);
        if (TelemetryTags.ConferenceOf(instance) is { } conference)
        {
            data.SetTag(TelemetryTags.ConferenceId, conference.ToString());
        }
    }
}
