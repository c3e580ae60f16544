using System.Text.Json.Serialization;

namespace HdndWorkflow.DurableTask.History;

/// <summary>Source-generated JSON for history events and control messages: compact, no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HistoryEvent))]
[JsonSerializable(typeof(List<HistoryEvent>))]
[JsonSerializable(typeof(ControlMessage))]
[JsonSerializable(typeof(TaskFailureDetails))]
internal sealed partial class HistoryJson : JsonSerializerContext;
