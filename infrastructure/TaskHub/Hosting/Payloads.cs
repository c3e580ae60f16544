using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace HdndWorkflow.TaskHub.Hosting;

/// <summary>
/// How orchestrations' inputs, outputs, events and custom statuses are written in the task hub: JSON with the web's
/// names, Vietnamese letters kept as UTF-8 (payloads are stored, never put in HTML). The worker, the client and the
/// replay of recorded histories all use this one converter, so a replay reads exactly what the engine wrote.
/// </summary>
public static class Payloads
{
    /// <summary>The app's data converter.</summary>
    public static DataConverter Converter { get; } =
        new JsonDataConverter(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
