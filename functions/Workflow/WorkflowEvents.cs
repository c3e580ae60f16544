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

    /// <summary>The payload to raise as <paramref name="eventName"/>, or the problem to answer instead.</summary>
    public static async Task<(object? Payload, IResult? Refused)> ReadAsync(string eventName, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Names.Contains(eventName, StringComparer.Ordinal))
        {
            return (null, Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Tên sự kiện không hợp lệ.",
                detail: $"Quy trình chỉ nhận các sự kiện: {string.Join(", ", Names)}."));
        }

        if (await ReadBodyAsync(request, cancellationToken) is not { } body)
        {
            return (null, Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Nội dung sự kiện quá lớn.",
                detail: $"Nội dung sự kiện tối đa {MaxBodyBytes / 1024} KiB."));
        }

        var what = Read(body);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(what))
        {
            errors.Add(new("what", "Nội dung sự kiện phải là đối tượng JSON có trường \u201cwhat\u201d (ví dụ {\"what\": \"rescheduled\"})."));
        }
        else
        {
            TextRules.Check(what, MaxWhatLength, "what", "Trường \u201cwhat\u201d", errors);
        }

        if (errors.Count > 0)
        {
            return (null, Results.ValidationProblem(errors.ToDictionary(e => e.Field, e => new[] { e.Message }), title: "Dữ liệu chưa hợp lệ."));
        }

        return (eventName == ConferenceChange.EventName ? new ConferenceChange(what!) : new ConclusionChange(what!), null);
    }

    // The body, or null when it is larger than MaxBodyBytes.
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
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

        return body.ToArray();
    }

    private static string? Read(byte[] body)
    {
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
