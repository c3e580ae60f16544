using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurableTask.Core.History;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// An instance's history as the engine stores it (the Azure Storage provider's JSON of its <see cref="HistoryEvent"/>
/// objects, event types as numbers), turned into what Durable Functions' HTTP API shows with <c>showHistory=true</c>:
/// event types by name, each activity's and sub-orchestration's scheduling folded into its completion or failure
/// (<c>FunctionName</c>, <c>ScheduledTime</c>, <c>Input</c>), the orchestrator's own turns left out, outputs
/// (<c>Result</c>) only with <c>showHistoryOutput</c>, inputs only with <c>showInput</c>; the same steps as the
/// extension's <c>DurableClient.GetDurableOrchestrationStatusAsync</c>. A call still under way keeps its
/// <c>TaskScheduled</c> or <c>SubOrchestrationInstanceCreated</c> event, which is how the console tells it is pending.
/// </summary>
internal sealed class InstanceHistory
{
    private readonly JsonArray _raw;

    private InstanceHistory(JsonArray raw) => _raw = raw;

    public static InstanceHistory Parse(string json) =>
        new(JsonNode.Parse(string.IsNullOrEmpty(json) ? "[]" : json) as JsonArray ?? []);

    /// <summary>The timers created and not fired yet, earliest first: what the instance waits for on the clock.</summary>
    public IReadOnlyList<DateTime> PendingTimers()
    {
        var fired = _raw.OfType<JsonObject>().Where(e => Type(e) == EventType.TimerFired).Select(e => (int?)e["TimerId"]).ToHashSet();
        return [.. _raw.OfType<JsonObject>()
            .Where(e => Type(e) == EventType.TimerCreated && !fired.Contains((int?)e["EventId"]))
            .Select(e => Time(e["FireAt"]))
            .Order()];
    }

    /// <summary>Durable Functions' <c>historyEvents</c>.</summary>
    public JsonArray ToDurableFunctions(bool showHistoryOutput, bool showInput)
    {
        var events = (JsonArray)_raw.DeepClone();
        var scheduled = new Dictionary<string, (int Index, JsonNode? Name, JsonNode? Timestamp, JsonNode? Input)>();
        var dropped = new HashSet<int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is not JsonObject e || Type(e) is not { } type)
            {
                continue;
            }

            e["EventType"] = type.ToString();
            switch (type)
            {
                case EventType.TaskScheduled or EventType.SubOrchestrationInstanceCreated:
                    scheduled[$"{type}_{e["EventId"]}"] = (i, e["Name"]?.DeepClone(), e["Timestamp"]?.DeepClone(), e["Input"]?.DeepClone());
                    e.Remove("Version");
                    break;
                case EventType.TaskCompleted or EventType.TaskFailed:
                    Fold(e, $"{EventType.TaskScheduled}_{e["TaskScheduledId"]}", type == EventType.TaskCompleted);
                    break;
                case EventType.SubOrchestrationInstanceCompleted or EventType.SubOrchestrationInstanceFailed:
                    Fold(e, $"{EventType.SubOrchestrationInstanceCreated}_{e["TaskScheduledId"]}", type == EventType.SubOrchestrationInstanceCompleted);
                    break;
                case EventType.ExecutionStarted:
                    e["FunctionName"] = e["Name"]?.DeepClone();
                    foreach (var name in new[] { "Name", "OrchestrationInstance", "ParentInstance", "Version", "Tags" })
                    {
                        e.Remove(name);
                    }

                    break;
                case EventType.ExecutionCompleted:
                    if (e["OrchestrationStatus"] is JsonValue status && status.TryGetValue<int>(out var code))
                    {
                        e["OrchestrationStatus"] = ((DurableTask.Core.OrchestrationStatus)code).ToString();
                    }

                    Output(e, showHistoryOutput);
                    break;
                case EventType.TimerFired:
                    e.Remove("TimerId");
                    break;
                case EventType.OrchestratorStarted or EventType.OrchestratorCompleted:
                    dropped.Add(i);
                    break;
            }

            if (!showInput)
            {
                e.Remove("Input");
            }

            e.Remove("EventId");
            e.Remove("IsPlayed");
        }

        foreach (var index in dropped.OrderDescending())
        {
            events.RemoveAt(index);
        }

        return events;

        void Fold(JsonObject e, string key, bool completed)
        {
            if (scheduled.Remove(key, out var call))
            {
                e["ScheduledTime"] = call.Timestamp;
                e["FunctionName"] = call.Name;
                if (showInput)
                {
                    e["Input"] = call.Input;
                }

                dropped.Add(call.Index);
            }

            e.Remove("TaskScheduledId");
            if (completed)
            {
                Output(e, showHistoryOutput);
            }
        }
    }

    // An output is the JSON its payload holds; one that is no JSON (an engine's text) stays a string.
    private static void Output(JsonObject e, bool show)
    {
        if (!show)
        {
            e.Remove("Result");
            return;
        }

        if (e["Result"] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            e["Result"] = ParsePayload(text);
        }
    }

    public static JsonNode? ParsePayload(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static EventType? Type(JsonObject e) =>
        e["EventType"] is JsonValue v && v.TryGetValue<int>(out var n) && Enum.IsDefined((EventType)n) ? (EventType)n : null;

    private static DateTime Time(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text)
            ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : DateTime.MinValue;
}
