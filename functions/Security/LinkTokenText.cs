using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace HdndWorkflow.Functions.Security;

/// <summary>
/// The text of a link's token in the one form the app writes: base64url letters only (A–Z, a–z, 0–9, '-', '_'), no
/// padding. .NET's base64url decoder also accepts white space anywhere and '=' padding, so " abc", "a\tbc", "abc\n"
/// and "abc" would all open the same link. The links refuse every such variant, and the per-link rate limit counts
/// them against the link they spell, so that varying the text cannot buy a fresh budget.
/// </summary>
public static class LinkTokenText
{
    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>True when <paramref name="text"/> is not empty and has nothing but base64url letters.</summary>
    public static bool IsCanonical([NotNullWhen(true)] string? text) => !string.IsNullOrEmpty(text) && !text.AsSpan().ContainsAnyExcept(Alphabet);

    /// <summary>The link a request's token text spells: its base64url letters, whatever surrounds or separates them.</summary>
    public static string Canonical(string? text) =>
        text is null ? string.Empty : IsCanonical(text) ? text : string.Concat(text.Where(Alphabet.Contains));
}
