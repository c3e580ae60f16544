using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HdndWorkflow.Functions.Pages.Console;

/// <summary>One event of an instance's history as its page shows it (from Durable Functions' shape of the history).</summary>
internal sealed record TimelineEntry(
    string Type, DateTime At, string? Function, string? Input, string? Output, TimelineFailure? Failure, DateTime? FireAt, string? Detail)
{
    /// <summary>A call still under way: scheduled, no result yet.</summary>
    public bool Pending => Type is "TaskScheduled" or "SubOrchestrationInstanceCreated";

    public bool Failed => Failure is not null || Type is "TaskFailed" or "SubOrchestrationInstanceFailed";

    public static IReadOnlyList<TimelineEntry> From(JsonArray events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events.OfType<JsonObject>().Select(Entry)];
    }

    private static TimelineEntry Entry(JsonObject e)
    {
        var type = Text(e["EventType"]) ?? "?";
        var failure = e["FailureDetails"] is JsonObject details
            ? new TimelineFailure(Text(details["ErrorType"]), Text(details["ErrorMessage"]), Text(details["StackTrace"]))
            : type is "TaskFailed" or "SubOrchestrationInstanceFailed" ? new TimelineFailure(null, Text(e["Reason"]), Text(e["Details"])) : null;
        var detail = type switch
        {
            "ExecutionCompleted" => Text(e["OrchestrationStatus"]),
            "ExecutionTerminated" or "ExecutionSuspended" or "ExecutionResumed" or "GenericEvent" => Text(e["Input"]) ?? Text(e["Reason"]) ?? Text(e["Data"]),
            "SubOrchestrationInstanceCreated" or "EventSent" => Text(e["InstanceId"]),
            _ => null,
        };
        return new TimelineEntry(
            type,
            Time(e["Timestamp"]) ?? DateTime.MinValue,
            Text(e["FunctionName"]) ?? Text(e["Name"]),
            type is "ExecutionTerminated" or "ExecutionSuspended" or "ExecutionResumed" ? null : Text(e["Input"]),
            Text(e["Result"]),
            failure,
            Time(e["FireAt"]),
            detail);
    }

    // A node as the page shows it: a string as it is, anything else as its JSON.
    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static DateTime? Time(JsonNode? node) =>
        Text(node) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}

/// <summary>Why a step, or the whole instance, failed: the exception's type, message and stack.</summary>
internal sealed record TimelineFailure(string? Type, string? Message, string? StackTrace);
