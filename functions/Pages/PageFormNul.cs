using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// A NUL typed or pasted into a page's field arrives URL-encoded as <c>%00</c>, which the framework's form reader
/// refuses outright (it shares the URL path decoder's rule against null characters): the whole form is then unreadable,
/// the antiforgery check fails first, and the user was told the form had expired. On the pages' URL-encoded posts,
/// <c>%00</c> is handed to the form reader as the NUL byte it stands for (<see cref="PercentNulStream"/>); the form is
/// read, and the page's own checks refuse the field with their message ("… có ký tự điều khiển hoặc ký tự không hợp
/// lệ (ví dụ ký tự NUL, …)") next to it, as for any other control character. The value is the same; only its encoding
/// differs, and in a forged form the antiforgery check still refuses it.
/// </summary>
internal static class PageFormNul
{
    public static WebApplication UsePageFormNul(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(static (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method)
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                request.Body = new PercentNulStream(request.Body);
            }

            return next(context);
        });
        return app;
    }
}
