using System.Net;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Domain.Replies;

/// <summary>
/// The new text of a reply: what the sender wrote above the quoted history, the forwarded message and the signature.
/// Quoted lines ("&gt; …") are dropped wherever they are; everything from the first line that starts the history
/// (Gmail's, Apple Mail's, Thunderbird's and Yahoo's "… đã viết:" / "… wrote:", Outlook's and Zimbra's "Từ: … Đã gửi: …"
/// block or "-----Original Message-----", a forwarded message's marker), the signature ("-- ", "Trân trọng,",
/// "Sent from my iPhone", "Được gửi từ iPhone của tôi") is cut.
/// </summary>
public static partial class ReplyText
{
    /// <summary>The new text of a plain-text body, trimmed; empty when the sender wrote nothing of his or her own.</summary>
    public static string NewText(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        var lines = VietnameseFold.Prepare(body).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith('>'))
            {
                // A quote (top or bottom posting): dropped, and so is the attribution line just kept above it.
                if (kept.Count > 0 && IsAttribution(kept[^1]))
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                continue;
            }

            if (StartsHistory(lines, i, out var span) || IsSignatureStart(line))
            {
                // Bottom posting: the history comes first, quoted, and the reply under it.
                if (span > 0 && kept.All(string.IsNullOrWhiteSpace) && lines.Skip(i + span).FirstOrDefault(l => l.Trim().Length > 0)?.TrimStart().StartsWith('>') == true)
                {
                    i += span - 1;
                    continue;
                }

                break;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept).Trim();
    }

    /// <summary>
    /// The new text of an HTML body (for mail that came without a text part): the quoted history cut where the clients
    /// mark it (Gmail's gmail_quote, Outlook's divRplyFwdMsg and appendonsend, Thunderbird's moz-cite-prefix, Yahoo's
    /// yahoo_quoted, any blockquote), tags removed and entities decoded, then read as <see cref="NewText"/>.
    /// </summary>
    public static string NewTextOfHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var body = HiddenElements().Replace(html, " ");
        var history = HistoryStart().Match(body);
        if (history.Success)
        {
            body = body[..history.Index];
        }

        var text = Tags().Replace(LineBreaks().Replace(body, "\n"), string.Empty);
        return NewText(WebUtility.HtmlDecode(text).Replace('\u00a0', ' '));
    }

    // Whether line i starts the history; span is the number of lines of an attribution ("… đã viết:"), 0 otherwise.
    private static bool StartsHistory(string[] lines, int i, out int span)
    {
        span = 0;
        var folded = Folded(lines[i]);
        if (folded.Length == 0)
        {
            return false;
        }

        if (HistoryMarker().IsMatch(folded) || OutlookSeparator().IsMatch(folded) && HeaderBlockFollows(lines, i + 1))
        {
            return true;
        }

        if (HeaderName().Match(folded) is { Success: true } from && from.Groups["name"].Value is "from" or "tu" && HeaderBlockFollows(lines, i + 1))
        {
            return true;
        }

        // "Vào … , Văn phòng HĐND <x@y> đã viết:" may be wrapped over two or three lines; a wrapped one starts as the
        // clients start it, so a line of the reply above it is never taken for its beginning.
        for (var length = 1; length <= 3 && i + length <= lines.Length; length++)
        {
            if ((length == 1 || AttributionOpening().IsMatch(folded)) && IsAttribution(string.Join(' ', lines[i..(i + length)])))
            {
                span = length;
                return true;
            }
        }

        return false;
    }

    // "On … wrote:", "Vào … đã viết:", "Le … a écrit :": ends in the verb and names a time or an address.
    private static bool IsAttribution(string line)
    {
        var folded = Folded(line);
        return Attribution().IsMatch(folded) && (folded.Contains('@', StringComparison.Ordinal) || folded.Any(char.IsAsciiDigit));
    }

    // Outlook's and Zimbra's header block: at least two of From/Sent/To/Subject (in English or Vietnamese) in a row.
    private static bool HeaderBlockFollows(string[] lines, int from)
    {
        var headers = 0;
        for (var i = from; i < lines.Length && i < from + 6; i++)
        {
            var folded = Folded(lines[i]);
            if (folded.Length == 0)
            {
                continue;
            }

            if (!HeaderName().IsMatch(folded))
            {
                break;
            }

            headers++;
        }

        return headers >= 2;
    }

    private static bool IsSignatureStart(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed is "--" or "-- " || line == "-- " || SignatureStart().IsMatch(Folded(line));
    }

    private static string Folded(string line) => VietnameseFold.Fold(line.Trim()).Replace('\u00a0', ' ');

    [GeneratedRegex(@"^(?:-{2,}|_{2,}|\*{2,})?\s*(?:original message|forwarded message|begin forwarded message|thu goc|tin nhan goc|thu chuyen tiep|thu da chuyen tiep|thu duoc chuyen tiep|bat dau thu (?:duoc )?chuyen tiep|noi dung thu goc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HistoryMarker();

    [GeneratedRegex(@"^(?:vao|on|luc|ngay|le|am|el|il|em)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionOpening();

    [GeneratedRegex(@"^_{8,}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutlookSeparator();

    [GeneratedRegex(@"^\*?(?<name>from|sent|date|to|cc|subject|tu|da gui|gui luc|ngay|ngay gui|thoi gian|den|toi|gui toi|gui den|chu de|tieu de|cc|bcc)\*?\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderName();

    [GeneratedRegex(@"(?:\bwrote|\bviet|a ecrit)\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(?:tran trong|than ai|kinh thu|best regards|kind regards|regards|thanks and regards|sent from my|sent from mail for windows|get outlook for|duoc gui tu|gui tu iphone|gui tu dien thoai|gui tu thiet bi|gui tu samsung|gui tu thu cho windows|sent from yahoo mail)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureStart();

    [GeneratedRegex(@"<(head|style|script|title)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenElements();

    [GeneratedRegex(@"<blockquote\b|<div[^>]+(?:class=""?[^"">]*(?:gmail_quote|moz-cite-prefix|yahoo_quoted)|id=""?(?:divRplyFwdMsg|appendonsend))|<hr\b[^>]*id=""?stopSpelling", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistoryStart();

    [GeneratedRegex(@"<br\s*/?>|</(?:p|div|li|tr|h[1-6])\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
