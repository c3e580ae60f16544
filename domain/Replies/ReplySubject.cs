using System.Text.RegularExpressions;
using HdndWorkflow.Domain.Letters;

namespace HdndWorkflow.Domain.Replies;

/// <summary>
/// What the sender wrote into a reply's subject: the subject without its reply and forward prefixes ("Re:", "TL:",
/// "Trả lời:", "Fwd:", "Chuyển tiếp:", "AW:", "SV:" …) and without the subject of the letter answered ("Giấy mời: Hội
/// nghị …", "Nhắc xác nhận tham dự: …"), whose words ("xác nhận tham dự") must never be read as an answer.
/// </summary>
public static partial class ReplySubject
{
    /// <summary>The sender's own words in <paramref name="subject"/>; empty when it only repeats the letter's subject.</summary>
    public static string UserPart(string? subject, string conferenceTitle)
    {
        ArgumentNullException.ThrowIfNull(conferenceTitle);
        if (string.IsNullOrWhiteSpace(subject))
        {
            return string.Empty;
        }

        var text = VietnameseFold.Prepare(subject).Trim();
        while (Prefix().Match(VietnameseFold.Fold(text)) is { Success: true } prefix)
        {
            text = text[prefix.Length..].TrimStart();
        }

        text = Remove(text, conferenceTitle);
        foreach (var letter in LetterComposer.SubjectPrefixes)
        {
            text = Remove(text, letter + ":");
            text = Remove(text, letter);
        }

        return Separators().Replace(text, " ").Trim(' ', '-', '\u2013', ':', ',', '.', '|', '/');
    }

    // Removes every occurrence of the phrase, matched without diacritics or case.
    private static string Remove(string text, string phrase)
    {
        var folded = VietnameseFold.Fold(text);
        var needle = VietnameseFold.Fold(VietnameseFold.Prepare(phrase));
        if (needle.Length == 0)
        {
            return text;
        }

        for (var at = folded.LastIndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.LastIndexOf(needle, StringComparison.Ordinal))
        {
            text = text[..at] + " " + text[(at + needle.Length)..];
            folded = folded[..at] + " " + folded[(at + needle.Length)..];
        }

        return text;
    }

    [GeneratedRegex(@"^(?:re|fw|fwd|tl|tr|aw|sv|vs|wg|rv|trl|tra loi|chuyen tiep|ctiep|ph|phan hoi)\s*(?:\[\d+\])?\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
