using HdndWorkflow.Domain.Conclusions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static HdndWorkflow.Functions.Conclusions.Documents.PdfFlow;

namespace HdndWorkflow.Functions.Conclusions.Documents;

/// <summary>
/// The conclusion notice as a PDF laid out per Decree 30/2020/NĐ-CP: issuing body and number top left, national title,
/// motto and place-and-date top right, "THÔNG BÁO" and the summary centred, the body justified, "Nơi nhận" bottom left
/// beside the signature block. The font is embedded, so the text reads back as Vietnamese in any viewer.
/// </summary>
public static class NoticePdf
{
    private static readonly XFont Header = Font(NoticeLayout.HeaderPt);
    private static readonly XFont HeaderBold = Font(NoticeLayout.HeaderPt, XFontStyleEx.Bold);
    private static readonly XFont Number = Font(NoticeLayout.NumberPt);
    private static readonly XFont Body = Font(NoticeLayout.BodyPt);
    private static readonly XFont Bold = Font(NoticeLayout.BodyPt, XFontStyleEx.Bold);
    private static readonly XFont Italic = Font(NoticeLayout.BodyPt, XFontStyleEx.Italic);
    private static readonly XFont RecipientsHeading = Font(NoticeLayout.RecipientsHeadingPt, XFontStyleEx.BoldItalic);
    private static readonly XFont Recipients = Font(NoticeLayout.RecipientsPt);
    private static readonly double EndGap = Pt(3);

    /// <summary>Renders <paramref name="notice"/> on as many A4 pages as it needs.</summary>
    public static byte[] Render(ConclusionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        PdfSharpSetup.EnsureReady();
        using var document = new PdfDocument();
        document.Info.Title = $"{notice.DocumentType} {notice.Summary}";
        document.Info.Subject = notice.Number;
        document.Info.Creator = "HdndWorkflow";
        using (var flow = new PdfFlow(document))
        {
            DrawHeader(flow, notice);
            DrawTitle(flow, notice);
            DrawBody(flow, notice);
            DrawSignatureAndRecipients(flow, notice);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawHeader(PdfFlow flow, ConclusionNotice notice)
    {
        var issuerWidth = Pt(NoticeLayout.IssuerColumnMm);
        var (stateLeft, stateWidth) = (Left + issuerWidth, Width - issuerWidth);

        Centered(flow, notice.ParentLines, Header, Left, issuerWidth);
        Centered(flow, notice.BodyLines, HeaderBold, Left, issuerWidth);
        var issuerLine = notice.BodyLines.Count > 0 ? flow.Measure(notice.BodyLines[^1], HeaderBold) : issuerWidth;
        flow.Rule(Left + issuerWidth / 2, Math.Min(issuerLine, issuerWidth) * 0.4);
        var issuerBottom = flow.Y;

        flow.Y = Top;
        Centered(flow, [notice.NationalTitle], HeaderBold, stateLeft, stateWidth);
        Centered(flow, [notice.Motto], Bold, stateLeft, stateWidth);
        flow.Rule(stateLeft + stateWidth / 2, flow.Measure(notice.Motto, Bold));

        var row = Math.Max(issuerBottom, flow.Y) + Pt(2);
        flow.Y = row;
        Centered(flow, [notice.Number], Number, Left, issuerWidth);
        var numberBottom = flow.Y;
        flow.Y = row;
        Centered(flow, [notice.PlaceAndDate], Italic, stateLeft, stateWidth);
        flow.Y = Math.Max(numberBottom, flow.Y);
    }

    private static void DrawTitle(PdfFlow flow, ConclusionNotice notice)
    {
        flow.Y += Pt(8);
        Centered(flow, [notice.DocumentType, notice.Summary], Bold, Left, Width);
        flow.Rule(Left + Width / 2, Math.Min(flow.Measure(notice.Summary, Bold), Width) / 3);
        flow.Y += Pt(5);
    }

    /// <summary>
    /// The opening, the sections and the closing sentence. A heading stays with the first lines after it; the body's
    /// last lines stay with the closing sentence, the signature and the recipients, so that no page carries them alone.
    /// </summary>
    private static void DrawBody(PdfFlow flow, ConclusionNotice notice)
    {
        var indent = Pt(NoticeLayout.IndentMm);
        var body = new List<(string Text, XFont Font, LineAlignment Alignment, bool Heading)>();
        body.AddRange(notice.Opening.Select(p => (p, Body, LineAlignment.Justify, false)));
        foreach (var section in notice.Sections)
        {
            if (section.Heading is { } heading)
            {
                body.Add((heading, Bold, LineAlignment.Left, true));
            }

            body.AddRange(section.Paragraphs.Select(p => (p, Body, LineAlignment.Justify, false)));
        }

        var closing = flow.HeightOf(notice.Closing, Body, Width, indent) + NoticeLayout.ParagraphSpacingPt + EndHeight(flow, notice);
        var firstLines = (PdfFlow.KeptLines * LineHeightOf(Body)) + NoticeLayout.ParagraphSpacingPt;
        for (var i = 0; i < body.Count; i++)
        {
            var (text, font, alignment, heading) = body[i];
            var keepWithNext = i == body.Count - 1 ? closing : heading ? firstLines : 0;
            BodyParagraph(flow, text, font, alignment, indent, keepWithNext);
        }

        flow.EnsureRoom(closing);
        BodyParagraph(flow, notice.Closing, Body, LineAlignment.Justify, indent);
    }

    private static void BodyParagraph(PdfFlow flow, string text, XFont font, LineAlignment alignment, double indent, double keepWithNext = 0)
    {
        // What is kept with the paragraph starts after the spacing that follows it.
        var kept = keepWithNext > 0 ? NoticeLayout.ParagraphSpacingPt + keepWithNext : 0;
        flow.Paragraph(text, font, alignment, Left, Width, firstIndent: indent, keepWithNext: kept);
        flow.Y += NoticeLayout.ParagraphSpacingPt;
    }

    /// <summary>"Nơi nhận" on the left and the signature block on the right, from the same line, kept on one page.</summary>
    private static void DrawSignatureAndRecipients(PdfFlow flow, ConclusionNotice notice)
    {
        var recipientsWidth = Pt(NoticeLayout.RecipientsColumnMm);
        var (signatureLeft, signatureWidth) = (Left + recipientsWidth, Width - recipientsWidth);
        var hanging = flow.Measure("- ", Recipients);
        flow.EnsureRoom(EndHeight(flow, notice));
        flow.Y += EndGap;
        var top = flow.Y;
        flow.Paragraph(notice.RecipientsHeading, RecipientsHeading, LineAlignment.Left, Left, recipientsWidth);
        foreach (var line in notice.Recipients)
        {
            flow.Paragraph(line, Recipients, LineAlignment.Left, Left, recipientsWidth, hangingIndent: hanging);
        }

        var recipientsBottom = flow.Y;
        flow.Y = top;
        Centered(flow, notice.Signature.Authority, Bold, signatureLeft, signatureWidth);
        flow.Y += Pt(NoticeLayout.SignatureSpaceMm);
        Centered(flow, [notice.Signature.Name], Bold, signatureLeft, signatureWidth);
        flow.Y = Math.Max(recipientsBottom, flow.Y);
    }

    /// <summary>The height of the signature block and "Nơi nhận" side by side, with the gap above them.</summary>
    private static double EndHeight(PdfFlow flow, ConclusionNotice notice)
    {
        var width = Pt(NoticeLayout.RecipientsColumnMm);
        var hanging = flow.Measure("- ", Recipients);
        var recipients = LineHeightOf(RecipientsHeading) +
            notice.Recipients.Sum(line => flow.HeightOf(line, Recipients, width, hangingIndent: hanging));
        var signature = LineHeightOf(Bold) * (notice.Signature.Authority.Count + 1) + Pt(NoticeLayout.SignatureSpaceMm);
        return EndGap + Math.Max(recipients, signature);
    }

    private static void Centered(PdfFlow flow, IEnumerable<string> lines, XFont font, double left, double width)
    {
        foreach (var line in lines)
        {
            flow.Paragraph(line, font, LineAlignment.Center, left, width);
        }
    }
}
