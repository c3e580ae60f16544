using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>Outcomes as HTTP results: problem details (RFC 9457) with Vietnamese titles about conclusions.</summary>
internal static class ConclusionResults
{
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, IResult> done) => outcome switch
    {
        Outcome<T>.Done d => done(d.Value),
        Outcome<T>.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ConclusionTexts.NotFound),
        Outcome<T>.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ConclusionTexts.Forbidden),
        Outcome<T>.Conflict c => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Xung đột cập nhật.", detail: c.Message),
        Outcome<T>.Invalid i => OutcomeResults.Invalid(i.Errors),
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}."),
    };
}
