using System.Text.Json;

namespace HdndWorkflow.Email.Events;

/// <summary>
/// Reads the Event Webhook's body: a JSON array of event objects, each with <c>sg_event_id</c>, <c>event</c>,
/// <c>timestamp</c> (Unix seconds), for bounces a <c>type</c> ("bounce" or "blocked") and a <c>reason</c>, and the
/// message's custom arguments as top-level properties. Events other than bounce and dropped (processed, delivered,
/// deferred, open, click…) are counted and otherwise ignored.
/// </summary>
internal static class SendGridEventParser
{
    private static readonly HashSet<string> Standard = new(StringComparer.Ordinal)
    {
        "email", "timestamp", "event", "sg_event_id", "sg_message_id", "smtp-id", "type", "reason", "status", "category",
        "ip", "tls", "cert_err", "attempt", "response", "useragent", "url", "asm_group_id", "bounce_classification",
        "sg_template_id", "sg_template_name", "marketing_campaign_id", "marketing_campaign_name", "pool",
    };

    // The Unix seconds DateTimeOffset can hold (years 1 to 9999).
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>The failures in the body, and how many events it held; throws <see cref="JsonException"/> on anything but an array of events.</summary>
    public static (IReadOnlyList<DeliveryEvent> Failures, int Events) Parse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The body is not a JSON array of events.");
        }

        var failures = new List<DeliveryEvent>();
        var count = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || String(item, "sg_event_id") is not { Length: > 0 } id
                || String(item, "event") is not { } name
                || !item.TryGetProperty("timestamp", out var stamp) || stamp.ValueKind != JsonValueKind.Number || !stamp.TryGetInt64(out var seconds)
                || seconds < MinSeconds || seconds > MaxSeconds)
            {
                throw new JsonException("An event lacks sg_event_id, event or a timestamp in Unix seconds.");
            }

            count++;
            DeliveryFailureKind? kind = name switch
            {
                "bounce" when String(item, "type") == "blocked" => DeliveryFailureKind.Blocked,
                "bounce" => DeliveryFailureKind.Bounced,
                "dropped" => DeliveryFailureKind.Dropped,
                _ => null,
            };
            if (kind is { } failure)
            {
                failures.Add(new DeliveryEvent(id, failure, String(item, "reason"), DateTimeOffset.FromUnixTimeSeconds(seconds), CustomArgs(item)));
            }
        }

        return (failures, count);
    }

    private static Dictionary<string, string> CustomArgs(JsonElement item)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            if (!Standard.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String)
            {
                args[property.Name] = Text(property.Value, property.Name);
            }
        }

        return args;
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Text(value, name) : null;

    // A string's text; an escaped half of a surrogate pair ("\ud800") has none, and the reader throws for it.
    private static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{name} is not valid text.", e);
        }
    }
}
