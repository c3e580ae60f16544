using Microsoft.AspNetCore.Mvc.Filters;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// A form post that names no handler the page has (<c>?handler=</c> missing or unknown, as no button of the page
/// sends it) is refused with 400 and a Vietnamese page. Without this the page ran no handler and rendered as if it had
/// been opened, with nothing loaded: the console's instance page answered 500.
/// </summary>
internal sealed class UnknownHandlerPage : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new PageProblem(StatusCodes.Status400BadRequest, PageTexts.UnknownAction, PageTexts.UnknownActionDetail).ToResult(context.ModelState);
            return;
        }

        await next();
    }
}
