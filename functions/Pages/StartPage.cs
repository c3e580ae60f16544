using System.Net.Mime;
using System.Text;

namespace HdndWorkflow.Functions.Pages;

/// <summary><c>GET /</c>: a short Vietnamese page that says what the service is and links to /health.</summary>
public static class StartPage
{
    /// <summary>The page's title.</summary>
    public const string Title = "HdndWorkflow – Hội nghị Thường trực HĐND";

    // Plain HTML without scripts or external resources: it must render on any phone, offline from CDNs.
    private const string Html = $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{Title}}</title>
          <style>
            body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; margin: 0; line-height: 1.6; color: #1f2933; background: #f7f7f5; }
            main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.6rem; line-height: 1.3; color: #8a1c1c; margin-bottom: 0.25rem; }
            .lead { font-size: 1.1rem; margin-top: 0; }
            a { color: #0b5cad; }
            footer { margin-top: 2rem; font-size: 0.9rem; color: #52606d; }
          </style>
        </head>
        <body>
          <main>
            <h1>Hội nghị Thường trực HĐND</h1>
            <p class="lead">HdndWorkflow là dịch vụ điều phối quy trình tổ chức hội nghị của Thường trực Hội đồng nhân dân.</p>
            <p>Khi hoàn thiện, dịch vụ sẽ gửi giấy mời qua thư điện tử kèm lịch họp và đường dẫn cá nhân cho từng
              đại biểu, nhắc lịch, ghi nhận xác nhận tham dự, hỗ trợ soạn dự thảo kết luận, trình phê duyệt và công bố
              kết luận. Quản trị viên sẽ theo dõi được toàn bộ các quy trình.</p>
            <p>Phiên bản hiện tại mới có trang giới thiệu này và trang kiểm tra tình trạng hoạt động;
              các chức năng nghiệp vụ sẽ được bổ sung dần.</p>
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
        return endpoints.MapGet("/", () => Results.Content(Html, MediaTypeNames.Text.Html, Encoding.UTF8));
    }
}
