using System.Collections.Frozen;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions.Portal;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// The names a conference kind is written with in the API: the enum's own ("Briefing") and the Vietnamese
/// ("giao ban"), compared as their slugs, so case, diacritics and a leading "Hội nghị" do not matter.
/// </summary>
public static class ConferenceKindNames
{
    /// <summary>The Vietnamese names, as the OpenAPI document lists them.</summary>
    public static readonly IReadOnlyDictionary<ConferenceKind, string> Vietnamese = new Dictionary<ConferenceKind, string>
    {
        [ConferenceKind.Briefing] = "giao ban",
        [ConferenceKind.ExperienceExchange] = "trao đổi kinh nghiệm",
        [ConferenceKind.Thematic] = "chuyên đề",
        [ConferenceKind.MidTermReview] = "sơ kết",
        [ConferenceKind.FinalReview] = "tổng kết",
    };

    /// <summary>Every accepted spelling, enum names first: what the OpenAPI document publishes as the enum.</summary>
    public static IReadOnlyList<string> All { get; } = [.. System.Enum.GetNames<ConferenceKind>(), .. Vietnamese.Values];

    private static readonly FrozenDictionary<string, ConferenceKind> BySlug = System.Enum.GetValues<ConferenceKind>()
        .SelectMany(kind => new[] { kind.ToString(), Vietnamese[kind], kind.DisplayName }.Select(name => (Slug: Slug.From(name), Kind: kind)))
        .SelectMany(n => new[] { n, (Slug: Slug.From($"Hội nghị {n.Slug}"), n.Kind) })
        .DistinctBy(n => n.Slug)
        .ToFrozenDictionary(n => n.Slug, n => n.Kind, StringComparer.Ordinal);

    public static bool TryParse(string? text, out ConferenceKind kind)
    {
        kind = default;
        return !string.IsNullOrWhiteSpace(text) && text.Length <= 100 && BySlug.TryGetValue(Slug.From(text), out kind);
    }
}
