using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace HdndWorkflow.Email.Development;

/// <summary>The development mailbox's HTML pages, in Vietnamese like the rest of the app. Every value is HTML-encoded.</summary>
internal static partial class DevelopmentMailboxPages
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    // Vietnamese letters stay readable in the source; only what HTML needs is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 0; color: #1f2933; background: #f7f7f5; }
        main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.4rem; color: #8a1c1c; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
        a { color: #0b5cad; }
        pre { white-space: pre-wrap; word-break: break-word; background: #fff; padding: 0.75rem; border: 1px solid #e4e7eb; }
        iframe { width: 100%; height: 36rem; border: 1px solid #e4e7eb; background: #fff; }
        .muted { color: #52606d; font-size: 0.9rem; }
        """;

    /// <summary>
    /// The pages' Content-Security-Policy: no script, the one style block by its SHA-256, the e-mail's HTML in a frame
    /// from this site, never framed themselves.
    /// </summary>
    public static string Policy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + "img-src data:; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static string List(DevMailPage page, bool isLaterPage)
    {
        var rows = new StringBuilder();
        foreach (var m in page.Messages)
        {
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{Encode(Time(m.SentAt))}</td><td>{Encode(m.To.ToString())}</td>
                <td><a href="{DevelopmentMailboxEndpoints.PagesPath}/{Encode(m.Id)}">{Encode(m.Subject)}</a></td>
                <td>{m.AttachmentCount}</td></tr>
                """);
        }

        var body = page.Messages.Count == 0
            ? "<p>Chưa có thư nào.</p>"
            : $"<table><thead><tr><th>Thời gian gửi</th><th>Người nhận</th><th>Tiêu đề</th><th>Tệp đính kèm</th></tr></thead><tbody>{rows}</tbody></table>";
        var next = page.ContinuationToken is { } token
            ? $"<p><a href=\"{DevelopmentMailboxEndpoints.PagesPath}?page={Uri.EscapeDataString(token)}\">Trang sau</a></p>"
            : string.Empty;
        var first = isLaterPage ? $"<p><a href=\"{DevelopmentMailboxEndpoints.PagesPath}\">Thư mới nhất</a></p>" : string.Empty;
        return Page("Hộp thư phát triển", $"""
            <h1>Hộp thư phát triển</h1>
            <p class="muted">Thư được lưu tại đây thay vì gửi đi vì chưa cấu hình khóa SendGrid. Mới nhất ở trên.
            Dạng JSON: <a href="{DevelopmentMailboxEndpoints.ApiPath}">{DevelopmentMailboxEndpoints.ApiPath}</a></p>
            {first}{body}{next}
            """);
    }

    public static string Message(DevMailMessage m)
    {
        var self = $"{DevelopmentMailboxEndpoints.PagesPath}/{Encode(m.Id)}";
        var attachments = new StringBuilder();
        for (var i = 0; i < m.Attachments.Count; i++)
        {
            var a = m.Attachments[i];
            attachments.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{self}/attachments/{i}\">{Encode(a.FileName)}</a> <span class=\"muted\">{Encode(a.ContentType)}, {a.Size:N0} byte</span>");
            if (a.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                attachments.Append(CultureInfo.InvariantCulture, $"<pre>{Encode(Encoding.UTF8.GetString(a.Content))}</pre>");
            }

            attachments.Append("</li>");
        }

        var args = string.Concat(m.CustomArgs.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"<tr><th>{Encode(p.Key)}</th><td>{Encode(p.Value)}</td></tr>"));
        return Page(m.Subject, $"""
            <p><a href="{DevelopmentMailboxEndpoints.PagesPath}">← Hộp thư</a> · <a href="{DevelopmentMailboxEndpoints.ApiPath}/{Encode(m.Id)}">JSON</a></p>
            <h1>{Encode(m.Subject)}</h1>
            <table>
              <tr><th>Người gửi</th><td>{Encode(m.From.ToString())}</td></tr>
              {(m.ReplyTo is { } replyTo ? $"<tr><th>Trả lời tới</th><td>{Encode(replyTo.ToString())}</td></tr>" : string.Empty)}
              <tr><th>Người nhận</th><td>{Encode(m.To.ToString())}</td></tr>
              <tr><th>Thời gian gửi</th><td>{Encode(Time(m.SentAt))}</td></tr>
              <tr><th>Khóa gửi</th><td>{Encode(m.IdempotencyKey)}</td></tr>
              {args}
            </table>
            <h2>Nội dung HTML</h2>
            <iframe src="{self}/html" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" title="Nội dung HTML"></iframe>
            <h2>Nội dung văn bản</h2>
            <pre>{Linkify(m.Text)}</pre>
            <h2>Tệp đính kèm</h2>
            {(m.Attachments.Count == 0 ? "<p>Không có.</p>" : $"<ul>{attachments}</ul>")}
            """);
    }

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{Encode(title)}</title>
          <style>{Style}</style>
        </head>
        <body><main>
        {body}
        </main></body>
        </html>
        """;

    private static string Time(DateTimeOffset at) =>
        at.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Encode(string text) => Encoder.Encode(text);

    /// <summary>The text body, encoded, with its http(s) links made clickable.</summary>
    private static string Linkify(string text) =>
        Url().Replace(Encode(text), match => $"<a href=\"{match.Value}\" target=\"_top\">{match.Value}</a>");

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
