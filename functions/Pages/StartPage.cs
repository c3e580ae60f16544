using System.Net.Mime;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Security;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// <c>GET /</c>: a short Vietnamese page that says what the service is, how to sign in and links to /health. In
/// Development it also lists the configured accounts and where their sign-in e-mails arrive (the development mailbox).
/// </summary>
public static class StartPage
{
    /// <summary>The page's title.</summary>
    public const string Title = "HdndWorkflow – Hội nghị Thường trực HĐND";

    // Markup characters escaped, Vietnamese letters kept as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Plain HTML without scripts or external resources: it must render on any phone, offline from CDNs. Its style
    // element carries the response's Content-Security-Policy nonce, written between Top and Head.
    private const string Top = $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{Title}}</title>
          <style nonce="
        """;

    private const string Head = """
        ">
            body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 0; line-height: 1.6; color: #1f2933; background: #f7f7f5; overflow-wrap: anywhere; }
            main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.6rem; line-height: 1.3; color: #8a1c1c; margin-bottom: 0.25rem; }
            h2 { font-size: 1.2rem; margin-top: 1.75rem; }
            .lead { font-size: 1.1rem; margin-top: 0; }
            a { color: #0b5cad; }
            .button { display: inline-block; padding: 0.75rem 1.25rem; background: #8a1c1c; color: #fff; border-radius: 6px; font-weight: 600; text-decoration: none; }
            .dev { background: #fff; border: 1px solid #d9dde1; border-radius: 8px; padding: 0.25rem 1rem; }
            footer { margin-top: 2rem; font-size: 0.9rem; color: #52606d; }
          </style>
        </head>
        <body>
          <main>
            <h1>Hội nghị Thường trực HĐND</h1>
            <p class="lead">HdndWorkflow là dịch vụ điều phối quy trình tổ chức hội nghị của Thường trực Hội đồng nhân dân.</p>
            <p>Dịch vụ gửi giấy mời qua thư điện tử kèm lịch họp và đường dẫn cá nhân cho từng đại biểu, nhắc lịch và
              ghi nhận xác nhận tham dự; cán bộ tổ chức theo dõi danh sách đăng ký ngay trên trang hội nghị.</p>
            <h2>Đăng nhập</h2>
            <p>Cán bộ tổ chức hội nghị đăng nhập bằng địa chỉ email đã đăng ký: hệ thống gửi tới email đó một đường dẫn
              đăng nhập có hiệu lực 15 phút, dùng được một lần, không cần mật khẩu.</p>
            <p><a class="button" href="/dang-nhap">Đăng nhập</a></p>
            <p>Đại biểu được mời không cần đăng nhập: mỗi người xác nhận tham dự bằng đường dẫn riêng trong thư mời.</p>
            <h2>Tin tức</h2>
            <p>Bài viết và thông báo kết luận các hội nghị đã được duyệt đăng: <a href="/tin-tuc">Tin hoạt động</a>.</p>
        """;

    private const string Foot = """
            <p><a href="/health">Kiểm tra tình trạng hoạt động của dịch vụ</a></p>
            <footer>Vận hành trên Azure Functions (gói Flex Consumption), lưu trữ bằng Azure Table và Queue Storage.</footer>
          </main>
        </body>
        </html>
        """;

    /// <summary>Maps <c>GET /</c> to the page.</summary>
    public static IEndpointConventionBuilder MapStartPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var development = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var mailbox = endpoints.ServiceProvider.GetService<DevelopmentMailbox>() is not null;
        return endpoints.MapGet("/", (HttpContext context, IOptions<DirectoryOptions> directory) =>
            Results.Content(Render(context.CspNonce(), development ? directory.Value.Users : null, mailbox), MediaTypeNames.Text.Html, Encoding.UTF8))
            .ExcludeFromDescription();
    }

    private static string Render(string nonce, IReadOnlyList<UserEntry>? accounts, bool mailbox)
    {
        var html = new StringBuilder(Top).Append(nonce).Append(Head);
        if (accounts is not null)
        {
            html.Append("    <section class=\"dev\">\n      <h2>Môi trường phát triển</h2>\n");
            html.Append("      <p>Các tài khoản đã cấu hình (appsettings.Development.json):</p>\n      <ul>\n");
            foreach (var account in accounts)
            {
                html.Append("        <li><strong>").Append(Encoder.Encode(account.Email)).Append("</strong> – ")
                    .Append(Encoder.Encode(account.Name)).Append(" (").Append(RoleName(account.Role)).Append(")</li>\n");
            }

            html.Append("      </ul>\n");
            html.Append(mailbox
                ? "      <p>Thư đăng nhập không được gửi đi thật mà nằm trong hộp thư phát triển tại <a href=\"/dev/mail\">/dev/mail</a>: mở thư và bấm đường dẫn trong đó.</p>\n"
                : "      <p>Thư đăng nhập được gửi qua SendGrid tới địa chỉ của tài khoản.</p>\n");
            html.Append("    </section>\n");
        }

        return html.Append(Foot).ToString();
    }

    private static string RoleName(string role) => role switch
    {
        Roles.Organizer => "tổ chức hội nghị",
        Roles.Approver => "phê duyệt",
        Roles.Administrator => "quản trị",
        _ => Encoder.Encode(role),
    };
}
