using HdndWorkflow.Domain;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>Outcomes as HTTP results: problem details (RFC 9457) with Vietnamese titles for everything but success.</summary>
internal static class OutcomeResults
{
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, IResult> done) => outcome switch
    {
        Outcome<T>.Done d => done(d.Value),
        Outcome<T>.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy hội nghị."),
        Outcome<T>.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tài khoản không có quyền với hội nghị này."),
        Outcome<T>.Conflict c => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Xung đột cập nhật.", detail: c.Message),
        Outcome<T>.Gone g => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: g.Message),
        Outcome<T>.Invalid i => Invalid(i.Errors),
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}."),
    };

    public static IResult Invalid(IReadOnlyList<ValidationError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Dữ liệu chưa hợp lệ.");
}
