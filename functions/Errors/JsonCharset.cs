using System.Text;
using Microsoft.Net.Http.Headers;

namespace HdndWorkflow.Functions.Errors;

/// <summary>
/// A JSON body whose Content-Type names a character set no decoder knows (<c>application/json; charset=x-nothing</c>)
/// is refused with 415 and a Vietnamese problem before any endpoint reads it: the framework's JSON reader throws an
/// <see cref="InvalidOperationException"/> for it, which would be a 500.
/// </summary>
internal static class JsonCharset
{
    public static WebApplication UseJsonCharsetCheck(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(static async (context, next) =>
        {
            if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
                && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
                && type.Charset is { Length: > 0 } charset && !Known(charset.Value!))
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status415UnsupportedMediaType,
                        Title = "Bảng mã ký tự không được hỗ trợ: hãy gửi JSON bằng UTF-8.",
                        Detail = "Tham số charset của Content-Type không phải một bảng mã được hỗ trợ (nên dùng utf-8).",
                    },
                });
                return;
            }

            await next(context);
        });
        return app;
    }

    private static bool Known(string charset)
    {
        try
        {
            _ = Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
