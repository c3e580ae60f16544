using System.Net.Mime;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Email.Development;

/// <summary>
/// The development mailbox over HTTP: pages at <c>/dev/mail</c> (list, one e-mail with its HTML, text, calendar part and
/// attachments) and JSON at <c>/api/dev/mail</c> (for tests and scripts that follow a link from an e-mail). Mapped only
/// when the development mailbox is the transport, that is in Development without a SendGrid key: anywhere else these
/// routes do not exist. The pages carry their own Content-Security-Policy: no script at all, their one style block by
/// its hash, and the e-mail's frame from this site only.
/// </summary>
public static class DevelopmentMailboxEndpoints
{
    public const string PagesPath = "/dev/mail";
    public const string ApiPath = "/api/dev/mail";

    /// <summary>
    /// The e-mail's HTML is served from its own URL into a sandboxed frame: no scripts, no access to the app's origin;
    /// links open in the top window (or a new tab), so the confirmation links in an invitation work as in a mail client.
    /// </summary>
    internal const string EmailHtmlSandbox = "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

    /// <summary>The e-mail's own page: sandboxed, its inline styles kept, nothing loaded, framed by the mailbox only.</summary>
    internal const string EmailHtmlPolicy = $"{EmailHtmlSandbox}; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    /// <summary>Maps the pages and the JSON API when <see cref="DevelopmentMailbox"/> is registered; otherwise maps nothing.</summary>
    public static IEndpointRouteBuilder MapDevelopmentMailbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<DevelopmentMailbox>() is null)
        {
            return endpoints;
        }

        var pages = endpoints.MapGroup(PagesPath).ExcludeFromDescription();
        pages.MapGet("/", async (DevelopmentMailbox mailbox, HttpResponse response, string? page, CancellationToken cancellationToken) =>
            Page(response, DevelopmentMailboxPages.List(await mailbox.ListAsync(50, page, cancellationToken), page is not null)));
        pages.MapGet("/{id}", async Task<IResult> (DevelopmentMailbox mailbox, HttpResponse response, string id, CancellationToken cancellationToken) =>
            await mailbox.GetAsync(id, cancellationToken) is { } message ? Page(response, DevelopmentMailboxPages.Message(message)) : Results.NotFound());
        pages.MapGet("/{id}/html", async Task<IResult> (DevelopmentMailbox mailbox, HttpResponse response, string id, CancellationToken cancellationToken) =>
        {
            if (await mailbox.GetAsync(id, cancellationToken) is not { } message)
            {
                return Results.NotFound();
            }

            response.Headers.ContentSecurityPolicy = EmailHtmlPolicy;
            response.Headers.XFrameOptions = "SAMEORIGIN";
            return Html("<base target=\"_top\">" + message.Html);
        });
        pages.MapGet("/{id}/attachments/{index:int}", async Task<IResult> (DevelopmentMailbox mailbox, string id, int index, CancellationToken cancellationToken) =>
            await mailbox.GetAttachmentAsync(id, index, cancellationToken) is { } attachment
                ? Results.File(attachment.Content, attachment.ContentType, attachment.FileName)
                : Results.NotFound());

        var api = endpoints.MapGroup(ApiPath);
        api.MapGet("/", async (DevelopmentMailbox mailbox, int? limit, string? continuationToken, CancellationToken cancellationToken) =>
            TypedResults.Ok(await mailbox.ListAsync(Math.Clamp(limit ?? 50, 1, 1000), continuationToken, cancellationToken)))
            .WithSummary("Hộp thư phát triển: các thư đã gửi").WithDescription("Chỉ có trong Development: mọi thư ứng dụng gửi, mới nhất trước; limit 1-1000, continuationToken cho trang sau.");
        api.MapGet("/{id}", async Task<Results<Ok<DevMailMessage>, NotFound>> (DevelopmentMailbox mailbox, string id, CancellationToken cancellationToken) =>
            await mailbox.GetAsync(id, cancellationToken) is { } message ? TypedResults.Ok(message) : TypedResults.NotFound())
            .WithSummary("Hộp thư phát triển: một thư").WithDescription("Chỉ có trong Development: nội dung, người nhận và tệp đính kèm của một thư; 404 khi không có.");
        return endpoints;
    }

    private static IResult Page(HttpResponse response, string html)
    {
        response.Headers.ContentSecurityPolicy = DevelopmentMailboxPages.Policy;
        return Html(html);
    }

    private static IResult Html(string html) => Results.Content(html, MediaTypeNames.Text.Html, Encoding.UTF8);
}
