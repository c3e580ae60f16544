using Microsoft.AspNetCore.Mvc.Filters;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// Pages whose address is a credential (a personal confirmation link, a sign-in link): the address must not leak to
/// other sites through the Referer header, nor stay in a shared cache or the browser's back-forward cache.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class PersonalLinkHeadersAttribute : ResultFilterAttribute
{
    public override void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.HttpContext.Response.Headers;
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
    }
}
