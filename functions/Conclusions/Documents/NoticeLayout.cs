namespace HdndWorkflow.Functions.Conclusions.Documents;

/// <summary>
/// The notice's page and type, per Decree 30/2020/NĐ-CP (Appendix I), shared by the HTML and PDF renderers: A4;
/// margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; a Times New Roman-compatible font; the body at
/// 13–14 pt, justified, its first lines indented 1–1.27 cm, at least 6 pt between paragraphs.
/// </summary>
internal static class NoticeLayout
{
    public const double PageWidthMm = 210;
    public const double PageHeightMm = 297;
    public const double TopMm = 20;
    public const double BottomMm = 20;
    public const double LeftMm = 30;
    public const double RightMm = 15;

    /// <summary>The issuing body's column, top left; the national title's column takes the rest of the width.</summary>
    public const double IssuerColumnMm = 62;

    /// <summary>The "Nơi nhận" column, bottom left; the signature block is centred in the rest of the width.</summary>
    public const double RecipientsColumnMm = 80;

    public const double IndentMm = 12.7;

    /// <summary>Issuing body and national title (12–13 pt).</summary>
    public const double HeaderPt = 12.5;

    /// <summary>Motto, number, place and date, document type, summary, body and signature block (13–14 pt).</summary>
    public const double BodyPt = 14;

    public const double NumberPt = 13;

    /// <summary>"Nơi nhận:" (12 pt, bold italic) and its list (11 pt).</summary>
    public const double RecipientsHeadingPt = 12;

    public const double RecipientsPt = 11;

    public const double ParagraphSpacingPt = 6;

    /// <summary>Line height as a multiple of the type size: between single and 1.5 lines.</summary>
    public const double LineHeight = 1.2;

    /// <summary>The blank space for signature and seal between the authority lines and the signer's name.</summary>
    public const double SignatureSpaceMm = 25;
}
