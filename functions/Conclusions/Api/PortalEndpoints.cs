using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions.Portal;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>
/// The public portal under <c>/api/portal</c>, no account needed: the published articles, one article (a withdrawn one
/// answers 410 Gone with the reason), the notice's HTML and PDF, and the Atom feed.
/// </summary>
internal static class PortalEndpoints
{
    public static RouteGroupBuilder MapPortalApi(this IEndpointRouteBuilder endpoints)
    {
        var portal = endpoints.MapGroup("/api/portal").WithTags("Portal").AllowAnonymous();

        portal.MapGet("/articles", async (string? council, int? top, PortalService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(council, top ?? 50, ct)).Select(PortalArticleSummary.From).ToList()))
            .WithSummary("Các bài viết đã đăng, mới nhất trước (lọc theo Hội đồng với council)");

        portal.MapGet("/articles/{id:guid}", async Task<IResult> (Guid id, PortalService service, CancellationToken ct) =>
                await service.ArticleAsync(new ConferenceId(id), ct) switch
                {
                    null => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ConclusionTexts.ArticleNotFound),
                    { Withdrawal: { } w } => TypedResults.Problem(
                        statusCode: StatusCodes.Status410Gone, title: ConclusionTexts.ArticleWithdrawn, detail: w.Reason,
                        extensions: new Dictionary<string, object?> { ["withdrawnAt"] = w.At.ToDateTimeOffset() }),
                    var article => TypedResults.Ok(PortalArticle.From(article)),
                })
            .WithSummary("Một bài viết đã đăng, kèm ghi chú đính chính và thông báo kết luận")
            .Produces<PortalArticle>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        portal.MapGet("/articles/{id:guid}/notice.html", ConclusionEndpoints.NoticeHtmlAsync)
            .WithSummary("Thông báo kết luận đã ban hành (HTML in khổ A4)").Produces<string>(contentType: "text/html");

        portal.MapGet("/articles/{id:guid}/notice.pdf", ConclusionEndpoints.NoticePdfAsync)
            .WithSummary("Thông báo kết luận đã ban hành (PDF)").Produces<byte[]>(contentType: "application/pdf");

        portal.MapGet("/feed.atom", async (string? council, PortalService service, CancellationToken ct) =>
                TypedResults.Bytes(await service.FeedAsync(council, ct), AtomFeed.ContentType))
            .WithSummary("Nguồn tin Atom: bài mới, bài đính chính (cập nhật), bài đã gỡ (at:deleted-entry)")
            .Produces<string>(contentType: "application/atom+xml");

        return portal;
    }
}
