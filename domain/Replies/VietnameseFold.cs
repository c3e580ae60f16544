using System.Globalization;
using System.Text;

namespace HdndWorkflow.Domain.Replies;

/// <summary>
/// Vietnamese text without its diacritics, lower-cased, one character for one: "Xác nhận THAM DỰ" becomes
/// "xac nhan tham du", and position i of the folded text is position i of the text it came from. So a phrase can be
/// looked for in the folded text (with or without diacritics, as people type) and cut from the original with them.
/// </summary>
public static class VietnameseFold
{
    /// <summary>
    /// The text as the folder reads it: NFC (letters typed with combining marks take their precomposed form) and any
    /// combining mark left over dropped, so that folding keeps one character for one.
    /// </summary>
    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormC);
        if (!composed.Any(IsMark))
        {
            return composed;
        }

        var kept = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (!IsMark(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>The folded form of a <see cref="Prepare">prepared</see> text: same length, a–z for every Vietnamese letter.</summary>
    public static string Fold(string prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return string.Create(prepared.Length, prepared, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>One character without diacritics and in lower case: 'Ự' → 'u', 'Đ' → 'd'.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && decomposed[0] < 128 ? char.ToLowerInvariant(decomposed[0]) : char.ToLowerInvariant(c);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
}
