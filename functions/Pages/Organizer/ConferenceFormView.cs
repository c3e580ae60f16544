using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>What the shared conference form partial shows: the form, its errors, the councils to choose from.</summary>
public sealed record ConferenceFormView(ConferenceForm Form, FormErrors Errors, IReadOnlyList<Council> Councils, bool ShowInvitees)
{
    public static IReadOnlyList<(string Value, string Text)> Kinds { get; } =
        [.. Enum.GetValues<ConferenceKind>().Select(kind => (kind.ToString(), kind.DisplayName))];

    public static IReadOnlyList<(string Value, string Text)> Scopes { get; } =
    [
        (nameof(ConferenceScope.WithLevelBelow), "Thường trực HĐND với Thường trực HĐND cấp dưới"),
        (nameof(ConferenceScope.OwnCouncil), "Riêng Thường trực HĐND"),
    ];
}
