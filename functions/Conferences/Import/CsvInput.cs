using System.Buffers;
using System.Text.Unicode;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// The bytes of an uploaded CSV file before they are parsed: read with a size cap, the UTF-8 byte order mark
/// removed, checked to be UTF-8, their lines counted and the separator found from the header line.
/// </summary>
internal static class CsvInput
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private static readonly SearchValues<byte> LineBreaks = SearchValues.Create("\r\n"u8);

    /// <summary>The whole stream, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1 when all of them are.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var chars = new char[4096];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return offset;
            }
        }
    }

    /// <summary>The 1-based line that <paramref name="offset"/> is on.</summary>
    public static int LineAt(ReadOnlySpan<byte> bytes, int offset) => CountLineBreaks(bytes[..offset]) + 1;

    /// <summary>The number of lines; CR LF, LF and a lone CR each end one, as they do for the CSV reader.</summary>
    public static int CountLines(ReadOnlySpan<byte> bytes) =>
        bytes.IsEmpty ? 0 : CountLineBreaks(bytes) + (bytes[^1] is (byte)'\n' or (byte)'\r' ? 0 : 1);

    /// <summary>
    /// ';' when the first non-blank line (the header) has more semicolons than commas outside quotes, as Excel
    /// writes "CSV" in a Vietnamese locale; ',' otherwise.
    /// </summary>
    public static char DetectSeparator(ReadOnlySpan<byte> bytes)
    {
        var header = FirstNonBlankLine(bytes);
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var b in header)
        {
            switch (b)
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    commas++;
                    break;
                case (byte)';' when !quoted:
                    semicolons++;
                    break;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private static ReadOnlySpan<byte> FirstNonBlankLine(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOfAny(LineBreaks);
            var line = end < 0 ? bytes : bytes[..end];
            if (!line.Trim(" \t"u8).IsEmpty)
            {
                return line;
            }

            bytes = end < 0 ? [] : bytes[(end + 1)..];
        }

        return [];
    }

    private static int CountLineBreaks(ReadOnlySpan<byte> bytes)
    {
        var breaks = 0;
        int next;
        while ((next = bytes.IndexOfAny(LineBreaks)) >= 0)
        {
            breaks++;
            var crLf = bytes[next] == '\r' && next + 1 < bytes.Length && bytes[next + 1] == '\n';
            bytes = bytes[(next + (crLf ? 2 : 1))..];
        }

        return breaks;
    }
}
