using System.Text.Json;
using HdndWorkflow.Domain;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences.Workflow;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>
/// The events the app's orchestrations wait for, as <c>raiseEvent</c> takes them: <see cref="ConferenceChange"/> and
/// <see cref="ConclusionChange"/>, each a JSON object <c>{"what": "…"}</c>. Anything else is refused before it reaches
/// an orchestration, which would otherwise fail on a payload it cannot read or keep an event it never takes.
/// </summary>
internal static class WorkflowEvents
{
    /// <summary>The largest body read; an event only says what changed.</summary>
    public const int MaxBodyBytes = 4 * 1024;

    /// <summary>The longest <c>what</c>.</summary>
    public const int MaxWhatLength = 100;

    public static IReadOnlyList<string> Names { get; } = [ConferenceChange.EventName, ConclusionChange.EventName];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The payload to raise as <paramref name="eventName"/> from its JSON <paramref name="body"/>, or null with the
    /// <paramref name="error"/> to report (field <c>eventName</c> or <c>payload</c>).
    /// </summary>
    public static object? Payload(string eventName, string? body, out ValidationError? error)
    {
        error = null;
        if (!Names.Contains(eventName, StringComparer.Ordinal))
        {
            error = new("eventName", $"Quy trình chỉ nhận các sự kiện: {string.Join(", ", Names)}.");
            return null;
        }

        var what = Read(body);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(what))
        {
            errors.Add(new("payload", InvalidPayload));
        }
        else
        {
            TextRules.Check(what, MaxWhatLength, "payload", "Trường \u201cwhat\u201d", errors);
        }

        if (errors.Count > 0)
        {
            error = errors[0];
            return null;
        }

        return eventName == ConferenceChange.EventName ? new ConferenceChange(what!) : new ConclusionChange(what!);
    }

    /// <summary>The request's body as text, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var body = new MemoryStream();
        var chunk = new byte[1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return null;
            }

            body.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }

    public const string InvalidPayload = "Nội dung sự kiện phải là JSON hợp lệ dạng đối tượng có trường \u201cwhat\u201d (ví dụ {\"what\": \"rescheduled\"}).";

    private static string? Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EventBody>(body, Json)?.What;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body of <c>raiseEvent</c>: what changed ("rescheduled", "outcome-recorded", …); the orchestration reloads what it needs.</summary>
    public sealed record EventBody(string? What);
}
