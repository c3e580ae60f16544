using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// A form posted without a valid antiforgery token (a forged request, or a page kept open past its session) is still
/// refused with 400, but with a Vietnamese page that says what to do rather than an empty response.
/// </summary>
internal sealed class AntiforgeryFailurePage : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.Result = new PageProblem(StatusCodes.Status400BadRequest, PageTexts.FormRefused, PageTexts.FormRefusedDetail)
                .ToResult(context.ModelState);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
