using System.Security.Claims;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions.Documents;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Security;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>
/// The conclusion API under <c>/api/conferences/{id}/conclusion</c>: JSON in and out, problem details for errors.
/// Organizers of the conference's council record the outcome, edit and submit the draft, and ask for corrections or
/// the withdrawal; approvers of the council approve, request changes and decide on corrections and withdrawals (API key
/// in <c>X-Api-Key</c>, or the pages' sign-in cookie). The notice's HTML and PDF are public once published.
/// </summary>
internal static class ConclusionEndpoints
{
    /// <summary>Maps the conclusion API and the public portal (<see cref="PortalEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapConclusionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/conferences/{id:guid}/conclusion").WithTags("Conclusions").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/", async (Guid id, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.GetAsync(user, new ConferenceId(id), ct)).ToResult(Ok))
            .WithSummary("Kết luận hội nghị: trạng thái, kết quả, dự thảo hiện hành, ý kiến duyệt").WithDescription("Người tổ chức, người duyệt của Hội đồng hoặc quản trị viên (X-Api-Key hoặc cookie). 400 khi hội nghị chưa diễn ra; 404 khi không có hội nghị.").Produces<ConclusionResponse>().ProducesValidationProblem();

        api.MapPut("/outcome", async (Guid id, OutcomeInput input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.RecordOutcomeAsync(user, new ConferenceId(id), input.ToOutcome(), ct)).ToResult(Ok))
            .WithSummary("Ghi nhận hoặc sửa kết quả hội nghị (dự thảo được soạn lại từ kết quả)").WithDescription("Đánh giá, số liệu, thảo luận, kết luận, nhiệm vụ, đi thực tế; bài viết và thông báo được soạn từ đó. Người tổ chức của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận.").Produces<ConclusionResponse>().ProducesValidationProblem();

        api.MapPut("/draft", async (Guid id, DraftInput input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.EditDraftAsync(user, new ConferenceId(id), input.Apply, input.BaseRevision, ct)).ToResult(Ok))
            .WithSummary("Sửa dự thảo bài viết và thông báo (lưu thành phiên bản mới)").WithDescription("baseRevision là phiên bản đã đọc; 409 khi đã có phiên bản mới hơn. Người tổ chức của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận.").Produces<ConclusionResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/submit", async (Guid id, SubmitInput? input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.SubmitAsync(user, new ConferenceId(id), input?.Note, ct)).ToResult(Ok))
            .WithSummary("Trình duyệt dự thảo (người duyệt nhận thư đề nghị duyệt)").WithDescription("Kèm ghi chú tùy chọn. Người tổ chức của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận.").Produces<ConclusionResponse>().ProducesValidationProblem();

        api.MapPost("/approve", async (Guid id, ReviewInput? input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.ApproveAsync(user, new ConferenceId(id), input?.Comment, input?.Revision, ct)).ToResult(Accepted))
            .WithSummary("Duyệt dự thảo: cấp số thông báo, đăng bài và gửi thông báo")
            .WithDescription("Người duyệt của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận. Trả về 202: việc cấp số, đăng bài và gửi thông báo diễn ra sau đó. Theo dõi tại địa chỉ trong tiêu đề Location "
                + "(GET thông tin kết luận): `number` có giá trị khi số đã được cấp, `status` là `Published` khi bài đã đăng.")
            .Produces<ConclusionResponse>(StatusCodes.Status202Accepted).ProducesValidationProblem();

        api.MapPost("/request-changes", async (Guid id, ReviewInput input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.RequestChangesAsync(user, new ConferenceId(id), input.Comment, input.Revision, ct)).ToResult(Ok))
            .WithSummary("Đề nghị chỉnh sửa dự thảo, kèm ý kiến cho người soạn").WithDescription("Dự thảo trở lại người soạn, người soạn nhận thư. Người duyệt của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận.").Produces<ConclusionResponse>().ProducesValidationProblem();

        api.MapPost("/corrections", async (Guid id, CorrectionInput input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.ProposeCorrectionAsync(user, new ConferenceId(id), input.Apply, input.Note, input.BaseRevision, ct)).ToResult(Ok))
            .WithSummary("Đề nghị đính chính bài viết đã đăng (phiên bản mới, kèm nội dung đính chính)").WithDescription("Người duyệt quyết định đồng ý hay không. Người tổ chức của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận.").Produces<ConclusionResponse>().ProducesValidationProblem();

        MapDecision(api, "/corrections/approve", "Đồng ý đính chính: bài viết được đăng lại với nội dung đính chính", "Bài viết được đăng lại, kèm ghi chú đính chính.", ReviewKind.Correction, accept: true);
        MapDecision(api, "/corrections/refuse", "Không đồng ý đính chính (kèm ý kiến)", "Bài viết giữ nguyên; người đề nghị nhận ý kiến.", ReviewKind.Correction, accept: false);

        api.MapPost("/withdrawal", async (Guid id, WithdrawalInput input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.RequestWithdrawalAsync(user, new ConferenceId(id), input.Reason, ct)).ToResult(Ok))
            .WithSummary("Đề nghị gỡ bài viết đã đăng (cần người duyệt đồng ý)").WithDescription("Kèm lý do, hiển thị trên cổng thông tin khi bài bị gỡ. Người tổ chức của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận.").Produces<ConclusionResponse>().ProducesValidationProblem();

        MapDecision(api, "/withdrawal/consent", "Đồng ý gỡ bài viết", "Bài viết bị gỡ khỏi cổng thông tin (410 kèm lý do).", ReviewKind.Withdrawal, accept: true);
        MapDecision(api, "/withdrawal/refuse", "Không đồng ý gỡ bài viết (kèm ý kiến)", "Bài viết vẫn được đăng; người đề nghị nhận ý kiến.", ReviewKind.Withdrawal, accept: false);

        api.MapGet("/timeline", async (Guid id, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.TimelineAsync(user, new ConferenceId(id), ct)).ToResult(events => TypedResults.Ok(events.Select(TimelineEntry.From).ToList())))
            .WithSummary("Diễn biến: mời, trả lời, diễn ra, soạn, sửa, trình, duyệt, đăng, đính chính, gỡ").WithDescription("Theo thứ tự thời gian, mỗi mục có thời điểm và người thực hiện. Người tổ chức, người duyệt của Hội đồng hoặc quản trị viên. 401, 403, 404.").Produces<List<TimelineEntry>>();

        api.MapGet("/revisions", async (Guid id, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.RevisionsAsync(user, new ConferenceId(id), ct)).ToResult(revisions => TypedResults.Ok(revisions.Select(RevisionEntry.From).ToList())))
            .WithSummary("Các phiên bản dự thảo: người sửa, thời gian").WithDescription("Người tổ chức, người duyệt của Hội đồng hoặc quản trị viên. 401, 403, 404.").Produces<List<RevisionEntry>>();

        api.MapGet("/revisions/{number:int}", async (Guid id, int number, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.RevisionAsync(user, new ConferenceId(id), number, ct)).ToResult(r => TypedResults.Ok(DraftResponse.From(r))))
            .WithSummary("Một phiên bản dự thảo").WithDescription("Bài viết và thông báo của phiên bản đó. Người tổ chức, người duyệt của Hội đồng hoặc quản trị viên. 404 khi không có phiên bản.").Produces<DraftResponse>();

        // The notice: public once published, so outside the group's authorization (the service checks drafts).
        endpoints.MapGet("/api/conferences/{id:guid}/conclusion/notice.html", NoticeHtmlAsync)
            .WithTags("Conclusions").WithSummary("Thông báo kết luận (HTML in khổ A4): công khai sau khi đăng; bản dự thảo cho người soạn và người duyệt").WithDescription("Ai cũng đọc được sau khi đăng; trước đó chỉ người tổ chức, người duyệt của Hội đồng và quản trị viên (404 với người khác).")
            .Produces<string>(contentType: "text/html").ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/conferences/{id:guid}/conclusion/notice.pdf", NoticePdfAsync)
            .WithTags("Conclusions").WithSummary("Thông báo kết luận (PDF): công khai sau khi đăng; bản dự thảo cho người soạn và người duyệt").WithDescription("Tệp PDF khổ A4 theo Nghị định 30/2020. Ai cũng tải được sau khi đăng; trước đó chỉ người tổ chức, người duyệt của Hội đồng và quản trị viên (404 với người khác).")
            .Produces<byte[]>(contentType: "application/pdf").ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapPortalApi();
        return endpoints;
    }

    public static async Task<IResult> NoticeHtmlAsync(Guid id, HttpContext http, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
        (await service.NoticeAsync(user, new ConferenceId(id), Portal(http), ct)).ToResult(n =>
        {
            Cache(http, n.Published);
            return TypedResults.Content(NoticeHtml.Render(n.Notice, http.CspNonce()), "text/html; charset=utf-8");
        });

    public static async Task<IResult> NoticePdfAsync(Guid id, HttpContext http, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
        (await service.NoticeAsync(user, new ConferenceId(id), Portal(http), ct)).ToResult(n =>
        {
            Cache(http, n.Published);
            return TypedResults.File(NoticePdf.Render(n.Notice), "application/pdf", FileName(n.Notice, n.Published));
        });

    // The portal's addresses serve what is published only, whoever asks.
    private static bool Portal(HttpContext http) => http.Request.Path.StartsWithSegments("/api/portal", StringComparison.OrdinalIgnoreCase);

    private static void Cache(HttpContext http, bool published) =>
        http.Response.Headers.CacheControl = published ? "public, max-age=300" : "private, no-store";

    private static string FileName(ConclusionNotice notice, bool published) =>
        published ? $"thong-bao-{Conclusions.Portal.Slug.From(notice.Number.Replace("Số:", string.Empty, StringComparison.Ordinal))}.pdf" : "du-thao-thong-bao.pdf";

    private static void MapDecision(RouteGroupBuilder api, string pattern, string summary, string description, ReviewKind kind, bool accept) =>
        api.MapPost(pattern, async (Guid id, DecisionInput? input, ClaimsPrincipal user, ConclusionService service, CancellationToken ct) =>
                (await service.DecideAsync(user, new ConferenceId(id), kind, accept, input?.Comment, ct)).ToResult(Ok))
            .WithSummary(summary).WithDescription($"{description} Người duyệt của Hội đồng có hội nghị hoặc quản trị viên, bằng X-Api-Key. 400 ValidationProblem khi trạng thái hoặc nội dung không cho phép; 401, 403, 404 như mọi thao tác kết luận.")
            .Produces<ConclusionResponse>().ProducesValidationProblem();

    private static IResult Ok(ConclusionView view) => TypedResults.Ok(ConclusionResponse.From(view));

    // Approval starts what follows (number, publication, e-mails) in the conclusion's orchestration: 202, and where to follow it.
    private static IResult Accepted(ConclusionView view)
    {
        var response = ConclusionResponse.From(view);
        return TypedResults.Accepted(response.Links.Self, response);
    }
}
