namespace HdndWorkflow.Functions.Telemetry;

/// <summary>The app's span attributes, and where they come from.</summary>
public static class TelemetryTags
{
    /// <summary>The conference a request, orchestration or activity works on (a GUID; never personal).</summary>
    public const string ConferenceId = "hdnd.conference.id";

    /// <summary>The orchestration instance: conference id, or the conference id and a suffix (":conclusion", …).</summary>
    public const string InstanceId = "hdnd.instance.id";

    /// <summary>The instance id attribute of the Durable Task Framework's spans.</summary>
    public const string DurableTaskInstanceId = "durabletask.task.instance_id";

    /// <summary>The conference an instance id belongs to: its leading GUID, or null when it has none.</summary>
    public static Guid? ConferenceOf(string? instanceId)
    {
        var head = instanceId?.Split(':', 2)[0];
        return Guid.TryParse(head, out var id) ? id : null;
    }
}
