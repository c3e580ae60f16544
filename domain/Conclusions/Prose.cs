namespace HdndWorkflow.Domain.Conclusions;

/// <summary>Small helpers that join user-entered phrases into Vietnamese sentences without changing their words.</summary>
internal static class Prose
{
    private static readonly char[] ItemEndings = [';', '.', ',', ' '];

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

    /// <summary>A list item without the separator the user may have typed after it ("…giám sát;" → "…giám sát").</summary>
    public static string ListItem(string text) => text.Trim().TrimEnd(ItemEndings);
}
