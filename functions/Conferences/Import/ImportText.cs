using System.Globalization;
using System.Text;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>How the import cleans values and header names, and formats numbers in its messages.</summary>
internal static class ImportText
{
    private const int ShownLength = 80;

    /// <summary>
    /// The value in NFC (files saved on a Mac are often NFD) without surrounding white space, byte order marks or
    /// zero-width spaces (left over from copying out of web pages and Word), and with each tab or line break inside it
    /// (a cell typed with Alt+Enter) made a space: names are one line. Other control characters are kept, for the
    /// checks to refuse.
    /// </summary>
    public static string Clean(string value)
    {
        var text = value.Normalize(NormalizationForm.FormC);
        var start = 0;
        var end = text.Length;
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return text.AsSpan(start, end - start).IndexOfAny('\t', '\r', '\n') < 0 ? text[start..end] : OneLine(text[start..end]);
    }

    /// <summary>A header name as matched: cleaned, with every run of white space made one space.</summary>
    public static string HeaderKey(string header) =>
        string.Join(' ', Clean(header).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"20.000": digits grouped the Vietnamese way, whatever the server's culture.</summary>
    public static string Number(int value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A value to quote in a message, cut short when it is long.</summary>
    public static string Shown(string value)
    {
        if (value.Length <= ShownLength)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[ShownLength - 1]) ? ShownLength - 1 : ShownLength;
        return $"{value[..length]}\u2026";
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B';

    // Each run of tabs and line breaks, with the spaces around it, becomes one space.
    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var breaks = c is '\t' or '\r' or '\n';
            if (!breaks)
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        return line.ToString();
    }
}
