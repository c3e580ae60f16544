using System.Text.Json;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conclusions.Model;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// An instance's stage: the <c>status</c> of its custom status, which the conference's orchestration sets to the
/// conference's status and the conclusion's to the conclusion's (see docs/durable-engine.md, Custom status). The two
/// sets of names do not overlap.
/// </summary>
internal static class Stages
{
    /// <summary>Every stage an instance of the app's orchestrators shows, with its Vietnamese label.</summary>
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        .. new[] { ConferenceStatus.Inviting, ConferenceStatus.RegistrationClosed, ConferenceStatus.Held, ConferenceStatus.Cancelled }
            .Select(s => (s.ToString(), $"Hội nghị: {s.DisplayName}")),
        .. Enum.GetValues<ConclusionStatus>().Select(s => (s.ToString(), $"Kết luận: {ConclusionResponse.Describe(s)}")),
    ];

    public static bool IsKnown(string code) => All.Any(s => s.Code == code);

    /// <summary>The label of a stage; a stage the app does not know is shown as it is.</summary>
    public static string Label(string code) => All.FirstOrDefault(s => s.Code == code).Label ?? code;

    /// <summary>The stage in a serialised custom status, if it holds one.</summary>
    public static string? Of(string? customStatus)
    {
        if (string.IsNullOrEmpty(customStatus))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(customStatus);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                ? status.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
