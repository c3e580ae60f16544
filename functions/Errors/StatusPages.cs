using System.Text.Encodings.Web;
using System.Text.Unicode;
using HdndWorkflow.Functions.Management.Api;
using Microsoft.Net.Http.Headers;

namespace HdndWorkflow.Functions.Errors;

/// <summary>
/// The body of an answer that has only a status (a route that does not exist, a method or content type a page does not
/// take): problem details with a Vietnamese title for API clients (<see cref="ProblemTitles"/>); a short Vietnamese page
/// for a browser asking for a page, which the problem details writer does not serve (it answers only clients that
/// accept JSON), and the framework's "Status Code: 404; Not Found" in English otherwise.
/// </summary>
internal static class StatusPages
{
    // As the pages encode (PageServices): markup escaped, Vietnamese letters kept.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static WebApplication UseVietnameseStatusPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages(static async context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            if (!WantsPage(http.Request)
                && await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status } }))
            {
                return;
            }

            var (title, detail) = Texts(status);
            http.Response.ContentType = WantsPage(http.Request) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
            await http.Response.WriteAsync(WantsPage(http.Request)
                ? $"""
                  <!DOCTYPE html>
                  <html lang="vi">
                  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Html.Encode(title)} – Hội nghị Thường trực HĐND</title></head>
                  <body><main><h1>{Html.Encode(title)}</h1><p>{Html.Encode(detail)}</p><p><a href="/">Về trang chủ</a></p></main></body>
                  </html>
                  """
                : $"{title} {detail}");
        });
        return app;
    }

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !ManagementApi.IsApiPath(request.Path)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static (string Title, string Detail) Texts(int status) => status switch
    {
        StatusCodes.Status404NotFound => ("Không tìm thấy trang", "Địa chỉ không đúng hoặc trang không còn nữa. Vui lòng kiểm tra lại đường dẫn."),
        StatusCodes.Status405MethodNotAllowed => ("Trang không nhận thao tác này", "Vui lòng quay lại trang trước và thao tác bằng các nút trên trang."),
        StatusCodes.Status415UnsupportedMediaType => ("Biểu mẫu gửi lên không đúng định dạng", "Vui lòng quay lại, tải lại trang và gửi lại biểu mẫu."),
        _ => (ProblemTitles.For(status) ?? "Yêu cầu không được chấp nhận", "Vui lòng quay lại trang trước và thử lại."),
    };
}
