using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HdndWorkflow.Domain.Conclusions;

namespace HdndWorkflow.Functions.Conclusions.Documents;

/// <summary>
/// The conclusion notice as a printable A4 HTML page laid out per Decree 30/2020/NĐ-CP (see <see cref="NoticeLayout"/>):
/// print CSS sets the page and margins, a Times New Roman-compatible serif and the page number from page 2 on; words
/// joined by no-break spaces (the term, "2026 – 2031") never part at a line's end; a heading stays with what follows
/// it, and the closing sentence, signature and recipients stay together with the last lines of the body, so that none
/// of them is left alone on a page. On screen the page shows as a sheet. Every text from the notice is HTML-encoded;
/// the page has no script and loads nothing.
/// </summary>
public static class NoticeHtml
{
    // Encodes what HTML needs encoded (<, >, &, quotes) but leaves Vietnamese letters readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The whole page, UTF-8 text starting with <c>&lt;!DOCTYPE html&gt;</c>. Served by the app, its style element carries
    /// the response's Content-Security-Policy nonce (<paramref name="styleNonce"/>); as an e-mail attachment, none.
    /// </summary>
    public static string Render(ConclusionNotice notice, string? styleNonce = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Encode($"{notice.Number} \u2013 {notice.Summary}")}}</title>
            <style{{(styleNonce is null ? "" : $" nonce=\"{styleNonce}\"")}}>
            {{Style}}
            </style>
            </head>
            <body>
            <main class="sheet">
            <header class="header">
            <div class="issuer">
            {{Lines(notice.ParentLines, "parent")}}
            <div class="body-name">{{Lines(notice.BodyLines, "line")}}</div>
            </div>
            <div class="state">
            <p class="national-title">{{Encode(notice.NationalTitle)}}</p>
            <p><span class="motto">{{Encode(notice.Motto)}}</span></p>
            </div>
            <p class="number">{{Encode(notice.Number)}}</p>
            <p class="place-date">{{Encode(notice.PlaceAndDate)}}</p>
            </header>
            <section class="title">
            <h1>{{Encode(notice.DocumentType)}}</h1>
            <p><span class="summary">{{Text(notice.Summary)}}</span></p>
            </section>
            <article class="content">
            {{Paragraphs(notice.Opening)}}
            {{Sections(notice.Sections)}}
            <div class="end">
            <p>{{Text(notice.Closing)}}</p>
            <div class="end-blocks">
            <div class="recipients">
            <p class="recipients-heading">{{Encode(notice.RecipientsHeading)}}</p>
            {{Lines(notice.Recipients, "recipient")}}
            </div>
            <div class="signature">
            {{Lines(notice.Signature.Authority, "authority")}}
            <p class="signer">{{Encode(notice.Signature.Name)}}</p>
            </div>
            </div>
            </div>
            </article>
            </main>
            </body>
            </html>

            """;
    }

    private static string Style { get; } = string.Create(CultureInfo.InvariantCulture, $$"""
        @page { size: A4; margin: {{NoticeLayout.TopMm}}mm {{NoticeLayout.RightMm}}mm {{NoticeLayout.BottomMm}}mm {{NoticeLayout.LeftMm}}mm;
          @top-center { content: counter(page); font: {{NoticeLayout.NumberPt}}pt "Times New Roman", "Liberation Serif", Tinos, serif; } }
        @page :first { @top-center { content: none; } }
        html { font-family: "Times New Roman", "Liberation Serif", Tinos, Times, serif; font-size: {{NoticeLayout.BodyPt}}pt;
          line-height: {{NoticeLayout.LineHeight}}; color: #000; background: #fff; }
        body { margin: 0; }
        p, h1 { margin: 0; }
        .header { display: grid; grid-template-columns: {{NoticeLayout.IssuerColumnMm}}mm 1fr; column-gap: 0; text-align: center; }
        .issuer, .national-title { font-size: {{NoticeLayout.HeaderPt}}pt; }
        .national-title, .motto, .body-name, h1, .summary, .signature { font-weight: bold; }
        .body-name { display: inline-block; }
        .body-name::after, .summary::after { content: ""; display: block; margin: 1.5pt auto 0; border-top: 0.6pt solid #000; }
        .body-name::after { width: 40%; }
        .summary { display: inline-block; }
        .summary::after { width: 33%; }
        .motto { display: inline-block; border-bottom: 0.6pt solid #000; padding-bottom: 1.5pt; }
        .number { font-size: {{NoticeLayout.NumberPt}}pt; margin-top: 6pt; }
        .place-date { font-style: italic; margin-top: 6pt; }
        .title { text-align: center; margin: 18pt 0 12pt; }
        h1 { font-size: {{NoticeLayout.BodyPt}}pt; }
        .content p { text-align: justify; text-indent: {{NoticeLayout.IndentMm}}mm; margin-bottom: {{NoticeLayout.ParagraphSpacingPt}}pt; }
        .content .heading { font-weight: bold; text-align: left; }
        .content p { orphans: 2; widows: 2; }
        .content .heading { break-after: avoid; }
        .content > p:last-of-type { break-after: avoid; }
        .end { break-inside: avoid; break-before: avoid; }
        .nb { white-space: nowrap; }
        .end-blocks { display: grid; grid-template-columns: {{NoticeLayout.RecipientsColumnMm}}mm 1fr; margin-top: 3pt; }
        .end-blocks p { text-indent: 0; margin: 0; }
        .recipients { text-align: left; }
        .content .recipients p { text-align: left; }
        .recipients-heading { font-size: {{NoticeLayout.RecipientsHeadingPt}}pt; font-weight: bold; font-style: italic; }
        .end-blocks .recipient { font-size: {{NoticeLayout.RecipientsPt}}pt; padding-left: 1.2ch; text-indent: -1.2ch; }
        .content .signature p { text-align: center; }
        .signature .signer { margin-top: {{NoticeLayout.SignatureSpaceMm}}mm; }
        @media screen {
          html { background: #e8e8e8; }
          .sheet { box-sizing: border-box; width: {{NoticeLayout.PageWidthMm}}mm; min-height: {{NoticeLayout.PageHeightMm}}mm; margin: 8mm auto;
            padding: {{NoticeLayout.TopMm}}mm {{NoticeLayout.RightMm}}mm {{NoticeLayout.BottomMm}}mm {{NoticeLayout.LeftMm}}mm;
            background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
        }
        """);

    private static string Encode(string text) => Encoder.Encode(text);

    /// <summary>The text encoded, each group of words joined by no-break spaces kept on one line (the CSS class "nb").</summary>
    private static string Text(string text) =>
        string.Join(' ', text.Split(' ').Select(word => word.Contains('\u00a0', StringComparison.Ordinal)
            ? $"<span class=\"nb\">{Encode(word)}</span>"
            : Encode(word)));

    private static string Lines(IEnumerable<string> lines, string className) =>
        string.Join('\n', lines.Select(line => $"<p class=\"{className}\">{Text(line)}</p>"));

    private static string Paragraphs(IEnumerable<string> paragraphs) =>
        string.Join('\n', paragraphs.Select(paragraph => $"<p>{Text(paragraph)}</p>"));

    private static string Sections(IEnumerable<NoticeSection> sections)
    {
        var html = new StringBuilder();
        foreach (var section in sections)
        {
            if (section.Heading is { } heading)
            {
                html.Append("<p class=\"heading\">").Append(Text(heading)).Append("</p>\n");
            }

            html.Append(Paragraphs(section.Paragraphs)).Append('\n');
        }

        return html.ToString().TrimEnd('\n');
    }
}
