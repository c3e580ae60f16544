using Microsoft.AspNetCore.WebUtilities;

namespace HdndWorkflow.Functions.Errors;

/// <summary>
/// Vietnamese titles for the problems the framework writes on its own (a route that does not exist, a method or
/// content type an endpoint does not take, a missing key, a 500, a validation problem given no title), which otherwise
/// carry its English defaults ("Not Found", "One or more validation errors occurred."). A title the app chose is kept.
/// </summary>
internal static class ProblemTitles
{
    private const string ServerErrorDefault = "An error occurred while processing your request.";

    // HttpValidationProblemDetails' own title, when a ValidationProblem is given none.
    private const string ValidationDefault = "One or more validation errors occurred.";

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Title == ValidationDefault)
        {
            problem.Title = "Dữ liệu gửi lên không hợp lệ.";
            return;
        }

        if (problem.Status is not { } status || (problem.Title is not null && problem.Title != ReasonPhrases.GetReasonPhrase(status) && problem.Title != ServerErrorDefault))
        {
            return;
        }

        problem.Title = For(status) ?? problem.Title;
    }

    /// <summary>The Vietnamese title of a status the framework may answer with on its own.</summary>
    public static string? For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ.",
        StatusCodes.Status401Unauthorized => "Chưa xác thực: cần khóa API (X-Api-Key) hoặc đăng nhập.",
        StatusCodes.Status403Forbidden => "Tài khoản không có quyền thực hiện thao tác này.",
        StatusCodes.Status404NotFound => "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.",
        StatusCodes.Status405MethodNotAllowed => "Địa chỉ này không nhận phương thức HTTP đã dùng.",
        StatusCodes.Status406NotAcceptable => "Không có định dạng trả lời phù hợp với yêu cầu.",
        StatusCodes.Status409Conflict => "Yêu cầu xung đột với trạng thái hiện tại.",
        StatusCodes.Status410Gone => "Dữ liệu được yêu cầu không còn nữa.",
        StatusCodes.Status411LengthRequired => "Thiếu độ dài nội dung (Content-Length).",
        StatusCodes.Status413PayloadTooLarge => "Nội dung yêu cầu quá lớn.",
        StatusCodes.Status414UriTooLong => "Địa chỉ yêu cầu quá dài.",
        StatusCodes.Status415UnsupportedMediaType => "Kiểu nội dung (Content-Type) không được hỗ trợ tại địa chỉ này.",
        StatusCodes.Status422UnprocessableEntity => "Không xử lý được nội dung yêu cầu.",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu: vui lòng thử lại sau ít phút.",
        StatusCodes.Status500InternalServerError => "Máy chủ gặp lỗi khi xử lý yêu cầu.",
        StatusCodes.Status503ServiceUnavailable => "Dịch vụ tạm thời không sẵn sàng: vui lòng thử lại sau.",
        _ => null,
    };
}
