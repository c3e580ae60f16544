using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management.Api;

/// <summary>
/// An instance as Durable Functions' HTTP API shows it (the extension's <c>StatusResponsePayload</c>): the same eight
/// properties, times in its format (UTC, to the second, "Z"), <c>historyEvents</c> left out when not asked for.
/// </summary>
public sealed record StatusPayload(
    string Name,
    string InstanceId,
    string RuntimeStatus,
    JsonNode? Input,
    JsonNode? CustomStatus,
    JsonNode? Output,
    string CreatedTime,
    string LastUpdatedTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonArray? HistoryEvents = null)
{
    internal static StatusPayload From(OrchestrationMetadata instance, JsonArray? history = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new(
            instance.Name,
            instance.InstanceId,
            instance.RuntimeStatus.ToString(),
            InstanceHistory.ParsePayload(instance.SerializedInput),
            InstanceHistory.ParsePayload(instance.SerializedCustomStatus),
            // A Failed instance's output is its failure's text on this provider ("ErrorType: message"), as Durable
            // Functions shows it; the client reads it as failure details, so it is put back together here.
            instance.FailureDetails is { } failure
                ? JsonValue.Create(string.IsNullOrEmpty(failure.ErrorType) ? failure.ErrorMessage : $"{failure.ErrorType}: {failure.ErrorMessage}")
                : InstanceHistory.ParsePayload(instance.SerializedOutput),
            Time(instance.CreatedAt),
            Time(instance.LastUpdatedAt),
            history);
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("s", CultureInfo.InvariantCulture) + "Z";
}
