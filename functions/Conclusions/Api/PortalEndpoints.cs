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
            .WithSummary("Các bài viết đã đăng, mới nhất trước (lọc theo Hội đồng với council)").WithDescription("Không cần tài khoản. top: số bài tối đa (mặc định 50); bài đã gỡ không có trong danh sách.")
            .Produces<List<PortalArticleSummary>>();

        portal.MapGet("/articles/{id:guid}", async Task<IResult> (Guid id, PortalService service, CancellationToken ct) =>
                await service.ArticleAsync(new ConferenceId(id), ct) switch
                {
                    null => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ConclusionTexts.ArticleNotFound),
                    { Withdrawal: { } w } => TypedResults.Problem(
                        statusCode: StatusCodes.Status410Gone, title: ConclusionTexts.ArticleWithdrawn, detail: w.Reason,
                        extensions: new Dictionary<string, object?> { ["withdrawnAt"] = w.At.ToDateTimeOffset() }),
                    var article => TypedResults.Ok(PortalArticle.From(article)),
                })
            .WithSummary("Một bài viết đã đăng, kèm ghi chú đính chính và thông báo kết luận").WithDescription("Không cần tài khoản. 404 khi không có bài đã đăng; 410 kèm lý do và thời điểm (withdrawnAt) khi bài đã bị gỡ.")
            .Produces<PortalArticle>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        portal.MapGet("/articles/{id:guid}/notice.html", ConclusionEndpoints.NoticeHtmlAsync)
            .WithSummary("Thông báo kết luận đã ban hành (HTML in khổ A4)").WithDescription("Không cần tài khoản. 404 khi chưa đăng.").ProducesProblem(StatusCodes.Status404NotFound).Produces<string>(contentType: "text/html");

        portal.MapGet("/articles/{id:guid}/notice.pdf", ConclusionEndpoints.NoticePdfAsync)
            .WithSummary("Thông báo kết luận đã ban hành (PDF)").WithDescription("Không cần tài khoản. 404 khi chưa đăng.").ProducesProblem(StatusCodes.Status404NotFound).Produces<byte[]>(contentType: "application/pdf");

        portal.MapGet("/feed.atom", async (string? council, PortalService service, CancellationToken ct) =>
                TypedResults.Bytes(await service.FeedAsync(council, ct), AtomFeed.ContentType))
            .WithSummary("Nguồn tin Atom: bài mới, bài đính chính (cập nhật), bài đã gỡ (at:deleted-entry)").WithDescription("Không cần tài khoản. Lọc theo Hội đồng với council.")
            .Produces<string>(contentType: "application/atom+xml");

        return portal;
    }
}
