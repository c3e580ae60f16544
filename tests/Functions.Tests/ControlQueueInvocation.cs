using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Storage.Queues;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// What the Functions host posts to a custom handler for a queue trigger: the binding's value (the decoded message text)
/// under Data, the message's metadata (DequeueCount among it) under Metadata.
/// </summary>
public static class ControlQueueInvocation
{
    public static JsonContent For(string function, string bindingName, QueueMessage message) =>
        For(function, bindingName, message.Body.ToString(), message.DequeueCount, message.MessageId, message.PopReceipt, message.InsertedOn);

    public static JsonContent For(string function, string bindingName, string text, long dequeueCount) =>
        For(function, bindingName, text, dequeueCount, Guid.NewGuid().ToString(), "receipt", DateTimeOffset.UtcNow);

    private static JsonContent For(string function, string bindingName, string text, long dequeueCount, string id, string popReceipt, DateTimeOffset insertedOn) =>
        JsonContent.Create(new Dictionary<string, object>
        {
            ["Data"] = new Dictionary<string, object> { [bindingName] = text },
            ["Metadata"] = new Dictionary<string, object>
            {
                ["DequeueCount"] = dequeueCount,
                ["Id"] = id,
                ["PopReceipt"] = popReceipt,
                ["InsertionTime"] = insertedOn,
                ["sys"] = new Dictionary<string, object>
                {
                    ["MethodName"] = function,
                    ["UtcNow"] = DateTime.UtcNow,
                    ["RandGuid"] = Guid.NewGuid(),
                },
            },
        });

    /// <summary>
    /// Checks the custom handler response shape the host reads: Outputs, Logs and ReturnValue. The host deserialises it
    /// with Newtonsoft.Json, whose property names match case-insensitively (the app's web JSON options write camelCase).
    /// </summary>
    public static async Task ShouldBeCustomHandlerResponseAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var properties = body.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind, StringComparer.OrdinalIgnoreCase);
        properties.Should().BeEquivalentTo(new Dictionary<string, JsonValueKind>
        {
            ["Outputs"] = JsonValueKind.Object,
            ["Logs"] = JsonValueKind.Array,
            ["ReturnValue"] = JsonValueKind.Null,
        }, because: body.RootElement.GetRawText());
    }
}
