using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HdndWorkflow.Functions.Conclusions.Documents;

/// <summary>How a paragraph's lines sit between its left and right edges.</summary>
internal enum LineAlignment
{
    Left,
    Center,

    /// <summary>Flush with both edges, except the paragraph's last line, which stays left.</summary>
    Justify,
}

/// <summary>
/// A small top-to-bottom text layout over PDFsharp's XGraphics on A4 pages with the notice's margins: it wraps text at
/// spaces (never at a no-break space, which holds a term such as "2026 – 2031" on one line), sets lines left, centred
/// or justified, draws short rules, starts a new page when the next line does not fit, keeps a paragraph's last lines
/// with what must follow them, and numbers the pages from the second on, centred in the top margin (Decree
/// 30/2020/NĐ-CP). Text is drawn as
/// precomposed Unicode (NFC): the PDF shows glyphs without shaping, so a decomposed "ộ" would print its marks apart.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XFont PageNumberFont = Font(NoticeLayout.NumberPt);
    private static readonly XPen RulePen = new(XColors.Black, 0.6);

    /// <summary>The white space a line may break at: every kind but the no-break spaces (U+00A0, U+2007, U+202F).</summary>
    private static readonly char[] BreakingSpaces =
    [
        .. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => char.IsWhiteSpace(c) && c is not ('\u00a0' or '\u2007' or '\u202f')),
    ];

    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private int _pages;

    public PdfFlow(PdfDocument document)
    {
        _document = document;
        _graphics = StartPage();
    }

    public static double Left => Pt(NoticeLayout.LeftMm);

    public static double Width => Pt(NoticeLayout.PageWidthMm - NoticeLayout.LeftMm - NoticeLayout.RightMm);

    public static double Top => Pt(NoticeLayout.TopMm);

    private static double Bottom => Pt(NoticeLayout.PageHeightMm - NoticeLayout.BottomMm);

    /// <summary>How many of a paragraph's last lines go with what must follow it (a widow is never left behind alone).</summary>
    public const int KeptLines = 2;

    /// <summary>The top of the next line on the current page, in points.</summary>
    public double Y { get; set; } = Top;

    public static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => new(NoticeFonts.Family, size, style, Unicode);

    public static double Pt(double millimetres) => XUnit.FromMillimeter(millimetres).Point;

    public static double LineHeightOf(XFont font) => font.Size * NoticeLayout.LineHeight;

    public double Measure(string text, XFont font) => _graphics.MeasureString(Nfc(text), font).Width;

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one (or it is still empty).</summary>
    public void EnsureRoom(double height)
    {
        if (Y + height > Bottom && Y > Top)
        {
            _graphics.Dispose();
            _graphics = StartPage();
            Y = Top;
        }
    }

    /// <summary>
    /// Sets <paramref name="text"/> from <see cref="Y"/> down, between <paramref name="left"/> and
    /// left + <paramref name="width"/>; the first line starts <paramref name="firstIndent"/> in, later lines
    /// <paramref name="hangingIndent"/> in. With <paramref name="keepWithNext"/> points to follow, the paragraph's last
    /// <see cref="KeptLines"/> lines (all, when fewer) go to a new page together with that room when they would not
    /// fit with it on this one. Moves <see cref="Y"/> below it.
    /// </summary>
    public void Paragraph(
        string text, XFont font, LineAlignment alignment, double left, double width, double firstIndent = 0, double hangingIndent = 0,
        double keepWithNext = 0)
    {
        var lines = Wrap(text, font, width - firstIndent, width - hangingIndent);
        var lineHeight = LineHeightOf(font);
        var kept = Math.Max(0, lines.Count - KeptLines);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(i == kept && keepWithNext > 0 ? ((lines.Count - i) * lineHeight) + keepWithNext : lineHeight);
            var indent = i == 0 ? firstIndent : hangingIndent;
            var justify = alignment == LineAlignment.Justify && i < lines.Count - 1;
            DrawLine(lines[i], font, alignment, left + indent, width - indent, justify);
            Y += lineHeight;
        }
    }

    /// <summary>How tall <see cref="Paragraph"/> would set the text, without drawing it.</summary>
    public double HeightOf(string text, XFont font, double width, double firstIndent = 0, double hangingIndent = 0) =>
        Wrap(text, font, width - firstIndent, width - hangingIndent).Count * LineHeightOf(font);

    /// <summary>A horizontal rule <paramref name="length"/> long, centred on <paramref name="centre"/>, below the last line.</summary>
    public void Rule(double centre, double length)
    {
        _graphics.DrawLine(RulePen, centre - length / 2, Y + 1.5, centre + length / 2, Y + 1.5);
        Y += 3;
    }

    public void Dispose() => _graphics.Dispose();

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private XGraphics StartPage()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromMillimeter(NoticeLayout.PageWidthMm);
        page.Height = XUnit.FromMillimeter(NoticeLayout.PageHeightMm);
        var graphics = XGraphics.FromPdfPage(page);
        if (++_pages > 1)
        {
            var number = _pages.ToString(CultureInfo.InvariantCulture);
            graphics.DrawString(
                number, PageNumberFont, XBrushes.Black,
                new XRect(Left, 0, Width, Top), XStringFormats.Center);
        }

        return graphics;
    }

    private void DrawLine(IReadOnlyList<string> words, XFont font, LineAlignment alignment, double left, double width, bool justify)
    {
        if (justify && words.Count > 1)
        {
            // Each word keeps its following space, so text extraction and copying read ordinary spaces; the rest of
            // the slack is spread between the words.
            var widths = words.Select(word => Measure(word, font)).ToList();
            var gap = (width - widths.Sum()) / (words.Count - 1);
            var x = left;
            for (var i = 0; i < words.Count; i++)
            {
                var word = i < words.Count - 1 ? words[i] + " " : words[i];
                _graphics.DrawString(word, font, XBrushes.Black, new XPoint(x, Y), XStringFormats.TopLeft);
                x += widths[i] + gap;
            }

            return;
        }

        var line = string.Join(' ', words);
        var offset = alignment == LineAlignment.Center ? (width - Measure(line, font)) / 2 : 0;
        _graphics.DrawString(line, font, XBrushes.Black, new XPoint(left + offset, Y), XStringFormats.TopLeft);
    }

    /// <summary>Greedy wrapping at spaces; a word wider than the line is broken between letters.</summary>
    private List<IReadOnlyList<string>> Wrap(string text, XFont font, double firstWidth, double restWidth)
    {
        var lines = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var space = Measure(" ", font);
        var used = 0.0;
        foreach (var word in Nfc(text).Split(BreakingSpaces, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var piece in Pieces(word, font, restWidth))
            {
                var available = lines.Count == 0 ? firstWidth : restWidth;
                var pieceWidth = Measure(piece, font);
                if (current.Count > 0 && used + space + pieceWidth > available)
                {
                    lines.Add(current);
                    current = [];
                    used = 0;
                }

                used += (current.Count > 0 ? space : 0) + pieceWidth;
                current.Add(piece);
            }
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private IEnumerable<string> Pieces(string word, XFont font, double width)
    {
        if (Measure(word, font) <= width)
        {
            yield return word;
            yield break;
        }

        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end - start > 1 && Measure(word[start..end], font) > width)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }

        yield return word[start..];
    }
}
