using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>Small helpers that join user-entered phrases into Vietnamese sentences without changing their words.</summary>
internal static class Prose
{
    private static readonly char[] ItemEndings = [';', '.', ',', ':', ' '];

    /// <summary>"a", "a và b", "a, b và c".</summary>
    public static string JoinWithAnd(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} và {list[^1]}";
    }

    /// <summary>The trimmed text with a full stop added unless it already ends a sentence.</summary>
    public static string EndSentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '\u2026' ? trimmed : trimmed + ".";
    }

    /// <summary>A paragraph of its own: capitalised, ending a sentence.</summary>
    public static string Paragraph(string text) => EndSentence(VietnameseFormat.Capitalize(text.Trim()));

    /// <summary>A list item without the separator the user may have typed after it ("…giám sát;" → "…giám sát").</summary>
    public static string ListItem(string text) => text.Trim().TrimEnd(ItemEndings);

    /// <summary>
    /// A typed phrase set inside a sentence: without a trailing separator, an opening ordinary word in lower case
    /// ("Tổ chức" → "tổ chức"; "HĐND tỉnh" stays); empty for nothing typed.
    /// </summary>
    public static string Phrase(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : VietnameseCase.InSentence(ListItem(text));

    /// <summary>"a; b; c": items after a colon, each a phrase inside the sentence.</summary>
    public static string Items(IEnumerable<string> items) => string.Join("; ", items.Select(Phrase));
}
