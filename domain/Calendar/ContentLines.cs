using System.Text;

namespace HdndWorkflow.Domain.Calendar;

/// <summary>
/// RFC 5545 §3.1 and §3.3.11: content lines folded at 75 octets, CRLF line ends, and the escaping of TEXT values and
/// parameter values.
/// </summary>
internal static class ContentLines
{
    /// <summary>Longest line, in octets of UTF-8, not counting the CRLF.</summary>
    public const int MaxOctets = 75;

    /// <summary>
    /// Appends <paramref name="line"/> folded into physical lines of at most 75 octets, each ending in CRLF. A
    /// continuation line starts with one space, which counts toward its 75 octets. Lines break only between Unicode
    /// scalar values, never inside a UTF-8 sequence or a surrogate pair, so every physical line is valid UTF-8.
    /// </summary>
    public static void AppendFolded(StringBuilder output, string line)
    {
        Span<char> buffer = stackalloc char[2];
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            var written = rune.EncodeToUtf16(buffer);
            output.Append(buffer[..written]);
            octets += size;
        }

        output.Append("\r\n");
    }

    /// <summary>
    /// A TEXT value: backslash, semicolon and comma escaped, every line break (CRLF, LF or CR) written as \n, other
    /// control characters dropped (TEXT cannot hold them). Normalized to NFC first, so that Vietnamese letters
    /// typed with combining marks take their precomposed, shorter form.
    /// </summary>
    public static string Text(string value)
    {
        var text = value.Normalize(NormalizationForm.FormC);
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    escaped.Append(@"\\");
                    break;
                case ';':
                    escaped.Append(@"\;");
                    break;
                case ',':
                    escaped.Append(@"\,");
                    break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append(@"\n");
                    break;
                case '\t':
                    escaped.Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// A parameter value such as CN: a DQUOTE cannot appear in one at all (RFC 5545 has no escape for it, and Outlook
    /// ignores RFC 6868's), so it becomes an apostrophe; line breaks become spaces; other controls are dropped. The
    /// value is quoted when it holds ':', ';' or ',' ("Thường trực HĐND các xã, thị trấn").
    /// </summary>
    public static string ParameterValue(string value)
    {
        var text = value.Normalize(NormalizationForm.FormC);
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '"')
            {
                cleaned.Append('\'');
            }
            else if (c is '\r' or '\n')
            {
                cleaned.Append(' ');
            }
            else if (c == '\t' || !char.IsControl(c))
            {
                cleaned.Append(c);
            }
        }

        var result = cleaned.ToString().Trim();
        return result.AsSpan().IndexOfAny(":;,") >= 0 ? $"\"{result}\"" : result;
    }
}
