using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// Writes a <see cref="LetterDocument"/> as e-mail-client-safe HTML: one centred column of at most 600 px built from
/// tables with inline styles (Outlook for Windows ignores style sheets and max-width, hence the conditional table),
/// full-width buttons at least 48 px tall for a thumb, and every piece of text HTML-encoded.
/// </summary>
internal static class LetterHtml
{
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";
    private const string Text = Font + "font-size:16px;line-height:24px;color:#111827;";
    private const string Small = Font + "font-size:14px;line-height:21px;color:#4b5563;";
    private const string Header = "#9b1c1c";
    private const string Table = "role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"";

    public static string Render(LetterDocument document)
    {
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"x-apple-disable-message-reformatting\">\n")
            .Append("<title>").Append(Encode(document.Subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">\n")
            .Append("<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all;\">")
            .Append(Encode(document.Preheader)).Append("</div>\n")
            .Append("<table ").Append(Table).Append(" style=\"background-color:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">\n")
            .Append("<!--[if mso]><table role=\"presentation\" width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><![endif]-->\n")
            .Append("<table ").Append(Table)
            .Append(" style=\"max-width:600px;background-color:#ffffff;border:1px solid #e5e7eb;\">\n");

        html.Append("<tr><td bgcolor=\"").Append(Header).Append("\" style=\"background-color:").Append(Header)
            .Append(";padding:20px 24px;").Append(Font).Append("color:#ffffff;\">")
            .Append("<div style=\"font-size:14px;line-height:20px;font-weight:bold;letter-spacing:0.5px;\">")
            .Append(Encode(document.Issuer.ToUpperInvariant())).Append("</div>")
            .Append("<div style=\"font-size:22px;line-height:30px;font-weight:bold;padding-top:6px;\">")
            .Append(Encode(document.Heading)).Append("</div></td></tr>\n");

        html.Append("<tr><td style=\"padding:24px;").Append(Text).Append("\">\n");
        foreach (var block in document.Body)
        {
            Block(html, block);
        }

        html.Append("</td></tr>\n<tr><td style=\"padding:16px 24px;border-top:1px solid #e5e7eb;").Append(Small).Append("\">\n");
        foreach (var line in document.Footer)
        {
            html.Append("<p style=\"margin:0 0 6px 0;\">").Append(Encode(line)).Append("</p>\n");
        }

        return html.Append("</td></tr>\n</table>\n<!--[if mso]></td></tr></table><![endif]-->\n")
            .Append("</td></tr></table>\n</body>\n</html>\n")
            .ToString();
    }

    private static void Block(StringBuilder html, LetterBlock block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                html.Append("<p style=\"margin:0 0 16px 0;\">");
                foreach (var run in paragraph.Runs)
                {
                    html.Append(run.Strong ? $"<strong>{Encode(run.Text)}</strong>" : Encode(run.Text));
                }

                html.Append("</p>\n");
                break;
            case Facts facts:
                Rows(html, facts);
                break;
            case Bullets bullets:
                html.Append("<p style=\"margin:0 0 8px 0;font-weight:bold;\">").Append(Encode(bullets.Caption)).Append("</p>\n")
                    .Append("<ul style=\"margin:0 0 16px 0;padding-left:22px;\">\n");
                foreach (var item in bullets.Items)
                {
                    html.Append("<li style=\"margin:0 0 6px 0;\">").Append(Encode(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case Buttons buttons:
                foreach (var action in buttons.Actions)
                {
                    Button(html, action);
                }

                html.Append("<div style=\"height:8px;line-height:8px;font-size:8px;\">&nbsp;</div>\n");
                break;
            case Note note:
                html.Append("<p style=\"margin:0 0 12px 0;").Append(Small).Append("\">").Append(Encode(note.Text)).Append("</p>\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown letter block.");
        }
    }

    private static void Rows(StringBuilder html, Facts facts)
    {
        html.Append("<table ").Append(Table).Append(" style=\"margin:0 0 16px 0;border-collapse:collapse;\">\n");
        foreach (var fact in facts.Rows)
        {
            var value = fact.Style switch
            {
                FactStyle.Emphasized => "font-weight:bold;",
                FactStyle.Superseded => "color:#6b7280;text-decoration:line-through;",
                _ => string.Empty,
            };
            html.Append("<tr><td valign=\"top\" width=\"130\" style=\"width:130px;padding:6px 8px 6px 0;")
                .Append(Font).Append("font-size:15px;line-height:22px;color:#4b5563;\">")
                .Append(Encode(fact.Label)).Append(":</td>")
                .Append("<td valign=\"top\" style=\"padding:6px 0;").Append(Font).Append("font-size:16px;line-height:22px;")
                .Append(value).Append("\">").Append(Encode(fact.Value)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Button(StringBuilder html, LetterAction action)
    {
        var href = Encode(action.Link.AbsoluteUri);
        html.Append("<table ").Append(Table).Append(" style=\"margin:0 0 12px 0;\"><tr>")
            .Append("<td align=\"center\" bgcolor=\"").Append(action.Colour).Append("\" style=\"border-radius:6px;background-color:")
            .Append(action.Colour).Append(";\">")
            .Append("<a href=\"").Append(href).Append("\" target=\"_blank\" style=\"display:block;padding:14px 20px;")
            .Append(Font).Append("font-size:17px;line-height:22px;font-weight:bold;color:#ffffff;text-decoration:none;")
            .Append("border-radius:6px;\">").Append(Encode(action.Label)).Append("</a></td></tr></table>\n");
    }

    // Every Unicode range allowed: Vietnamese letters stay as they are (readable source, smaller e-mails); markup
    // characters and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
