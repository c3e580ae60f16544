using System.Text.Json;
using HdndWorkflow.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Errors;

/// <summary>
/// A request the framework could not read (malformed JSON, a wrong type such as a string where a list belongs, a
/// missing body, an unsupported content type, a body over the size limit): its own 4xx status as problem details with
/// a Vietnamese title and, for JSON, where it went wrong; never a 500.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Title = Title(bad.StatusCode), Detail = Detail(bad) },
        });
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "Nội dung yêu cầu quá lớn.",
        StatusCodes.Status415UnsupportedMediaType => "Kiểu nội dung không được hỗ trợ: hãy gửi JSON (Content-Type: application/json).",
        _ => "Yêu cầu không đọc được.",
    };

    // The position in the JSON, counted from 1 as editors show it; never the framework's own message, which names
    // the app's types.
    private static string? Detail(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException { LineNumber: { } line, BytePositionInLine: { } position } json =>
            $"Nội dung JSON không hợp lệ tại {Where(json)} (dòng {line + 1}, vị trí {position + 1}): sai cú pháp hoặc sai kiểu dữ liệu, " +
            "ví dụ một chuỗi ở chỗ cần danh sách hay một số ở chỗ cần chuỗi.",
        JsonException json => $"Nội dung JSON không hợp lệ tại {Where(json)}.",
        _ when bad.StatusCode == StatusCodes.Status400BadRequest => "Thiếu nội dung yêu cầu, hoặc nội dung hay tham số của yêu cầu không đọc được.",
        _ => null,
    };

    // The path names the request's own properties: quoted only when it is short, printable text.
    private static string Where(JsonException json) =>
        json.Path is { Length: > 0 and <= 200 } path && !TextRules.HasForbiddenCharacter(path) ? path : "$";
}
