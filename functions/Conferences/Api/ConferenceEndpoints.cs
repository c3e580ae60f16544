using System.Globalization;
using System.Security.Claims;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Roll;
using HdndWorkflow.Functions.Workflow;
using NodaTime;
using HdndWorkflow.Functions.Management.Api;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// The organizer API under <c>/api/conferences</c>: JSON in and out, problem details for errors, for organizers of the
/// conference's council (API key in <c>X-Api-Key</c>, or the pages' sign-in cookie); with it, the councils the caller
/// may use (<see cref="CouncilEndpoints"/>).
/// </summary>
internal static class ConferenceEndpoints
{
    public static RouteGroupBuilder MapConferenceApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/conferences").WithTags("Conferences").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/", async (ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.ListAsync(user, ct)).ToResult(list => TypedResults.Ok(list.Select(ConferenceResponse.From).ToList())))
            .WithSummary("Các hội nghị của Hội đồng").WithDescription("Các hội nghị của Hội đồng người gọi (mọi Hội đồng với quản trị viên), mới nhất trước. 401 khi chưa xác thực.").Produces<List<ConferenceResponse>>();

        api.MapPost("/", async (ConferenceInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
            {
                // Every error at once: the council's, what could not be read, and what the domain finds in the rest.
                var (council, councilError) = service.CouncilFor(user, input.CouncilId);
                var (conference, errors) = ConferenceInputCheck.Check(input, [], new ConferenceId(Guid.NewGuid()), council, withInvitees: true);
                return conference is not null && councilError is null
                    ? (await service.CreateAsync(user, conference with { Council = council! }, ct)).ToResult(c => TypedResults.Created($"/api/conferences/{c.Id}", ConferenceResponse.From(c)))
                    : OutcomeResults.Invalid([.. councilError is null ? [] : new[] { councilError }, .. errors]);
            })
            .WithSummary("Tạo hội nghị (bản nháp)").WithDescription("Tạo bản nháp hội nghị cùng danh sách đại biểu; chưa gửi giấy mời (xem /start). councilId mặc định là Hội đồng của người gọi. 201 với hội nghị và tiêu đề Location. 400 ValidationProblem liệt kê cùng lúc mọi lỗi, theo trường (invitees[2].email). Cần X-Api-Key của người tổ chức hoặc quản trị viên.").Produces<ConferenceResponse>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.GetAsync(user, new ConferenceId(id), ct)).ToResult(v => TypedResults.Ok(ConferenceResponse.From(v.Conference))))
            .WithSummary("Thông tin hội nghị").WithDescription("Hội nghị: tiêu đề, lịch, địa điểm, đồng chủ trì, chương trình, hạn đăng ký, trạng thái. Người tổ chức của Hội đồng có hội nghị, hoặc quản trị viên (X-Api-Key; GET cũng nhận cookie đăng nhập). 401 khi chưa xác thực, 403 khi không có quyền, 404 khi không có hội nghị.").Produces<ConferenceResponse>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/{id:guid}", async (Guid id, ConferenceInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
            {
                var (conference, errors) = ConferenceInputCheck.Check(input, [], new ConferenceId(id), council: null, withInvitees: false);
                return conference is not null
                    ? (await service.EditAsync(user, new ConferenceId(id), _ => conference, ct)).ToResult(c => TypedResults.Ok(ConferenceResponse.From(c)))
                    : OutcomeResults.Invalid(errors);
            })
            .WithSummary("Sửa hội nghị chưa gửi giấy mời (danh sách đại biểu sửa riêng)").WithDescription("Thay toàn bộ thông tin của bản nháp (trường invitees bị bỏ qua). 400 khi nội dung không hợp lệ hoặc hội nghị đã bắt đầu; 409 khi người khác vừa sửa. Người tổ chức của Hội đồng có hội nghị, hoặc quản trị viên (X-Api-Key; GET cũng nhận cookie đăng nhập). 401 khi chưa xác thực, 403 khi không có quyền, 404 khi không có hội nghị.").Produces<ConferenceResponse>().ProducesValidationProblem();

        api.MapGet("/{id:guid}/roll", async (Guid id, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.GetAsync(user, new ConferenceId(id), ct)).ToResult(v => TypedResults.Ok(RollResponses.From(v))))
            .WithSummary("Danh sách đăng ký tham dự (ai chưa trả lời)").WithDescription("Số lượng theo trả lời và một dòng cho mỗi đại biểu: trả lời, người dự thay, lý do, trả lời qua đâu. Người tổ chức của Hội đồng có hội nghị, hoặc quản trị viên (X-Api-Key; GET cũng nhận cookie đăng nhập). 401 khi chưa xác thực, 403 khi không có quyền, 404 khi không có hội nghị.").Produces<RollResponse>();

        api.MapGet("/{id:guid}/roll.xlsx", async (Guid id, ClaimsPrincipal user, ConferenceService service, TimeProvider time, CancellationToken ct) =>
                (await service.GetAsync(user, new ConferenceId(id), ct)).ToResult(v => TypedResults.File(
                    RollWorkbook.Write(v, Instant.FromDateTimeOffset(time.GetUtcNow())), RollWorkbook.ContentType, $"danh-sach-dai-bieu-{v.Conference.Schedule.Date.ToString("dd-MM-uuuu", CultureInfo.InvariantCulture)}.xlsx")))
            .WithSummary("Tải danh sách đăng ký tham dự (Excel .xlsx)")
            .WithDescription("Một dòng cho mỗi đại biểu theo thứ tự mời: họ tên, chức vụ và đơn vị, email, trả lời, người dự thay, lý do, thời điểm trả lời, giấy mời đã gửi chưa. Văn bản không bao giờ là công thức. Người tổ chức của Hội đồng có hội nghị, hoặc quản trị viên (X-Api-Key; GET cũng nhận cookie đăng nhập). 401 khi chưa xác thực, 403 khi không có quyền, 404 khi không có hội nghị.")
            .Produces(StatusCodes.Status200OK, contentType: RollWorkbook.ContentType).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/invitees", async (Guid id, List<InviteeInput?> invitees, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.AddInviteesAsync(user, new ConferenceId(id), [.. invitees.Select(i => InviteeInput.ToInvitee(i, new InviteeId(Guid.NewGuid())))], ct))
                    .ToResult(added => TypedResults.Ok(added.Select(i => new AddedInvitee(i.Id.Value, i.Name, i.Email.Value)).ToList())))
            .WithSummary("Bổ sung đại biểu (sau khi bắt đầu, đại biểu mới được gửi giấy mời)").WithDescription("Thêm đại biểu vào hội nghị chưa kết thúc; trả về mã, tên, email của những người được thêm. 400 ValidationProblem liệt kê mọi lỗi (invitees[0].email…). Cần X-Api-Key. 401, 403, 404 như các thao tác khác.").Produces<List<AddedInvitee>>().ProducesValidationProblem();

        api.MapPost("/{id:guid}/invitees/csv", async (Guid id, HttpRequest request, bool? skipInvalidLines, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.ImportInviteesAsync(user, new ConferenceId(id), request.Body, skipInvalidLines == true, ct))
                    .ToResult(added => TypedResults.Ok(new ImportResult(added.Count))))
            .Accepts<string>("text/csv")
            .WithSummary("Nhập đại biểu từ tệp CSV (UTF-8; cột Họ và tên, Chức vụ, Đơn vị, Email)").WithDescription("Nội dung text/csv; skipInvalidLines=true bỏ qua dòng lỗi, nếu không có dòng lỗi thì không nhập gì. Trả về số đại biểu đã nhập. 400 liệt kê lỗi theo dòng và cột. Cần X-Api-Key.").Produces<ImportResult>().ProducesValidationProblem();

        MapAddressCorrection(api, "/{id:guid}/invitees/{inviteeId:guid}/address", deputy: false,
            "Sửa địa chỉ email của đại biểu không nhận được giấy mời và gửi lại giấy mời (một lần)",
            "Giấy mời được gửi lại tới địa chỉ mới qua quy trình của hội nghị; trạng thái 'không gửi được' được xóa. Địa chỉ phải hợp lệ, khác địa chỉ cũ và không trùng đại biểu khác.");
        MapAddressCorrection(api, "/{id:guid}/invitees/{inviteeId:guid}/deputy/address", deputy: true,
            "Sửa địa chỉ email của người dự thay không nhận được giấy mời và gửi lại giấy mời người dự thay (một lần)",
            "Như sửa địa chỉ của đại biểu, cho người dự thay mà đại biểu đã cử: giấy mời người dự thay được gửi lại tới địa chỉ mới; trạng thái 'không gửi được' của người dự thay được xóa. 400 khi đại biểu không cử người dự thay có email.");

        api.MapDelete("/{id:guid}/invitees/{inviteeId:guid}", async (Guid id, Guid inviteeId, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.RemoveInviteeAsync(user, new ConferenceId(id), new InviteeId(inviteeId), ct)).ToResult(_ => TypedResults.NoContent()))
            .WithSummary("Xóa đại biểu khỏi hội nghị chưa gửi giấy mời").WithDescription("204 khi đã xóa. 400 khi hội nghị đã gửi giấy mời; 404 khi không có đại biểu. Cần X-Api-Key.").Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/start", async (Guid id, HttpRequest request, ClaimsPrincipal user, ConferenceService service, InstanceLinks links, CancellationToken ct) =>
                (await service.StartAsync(user, new ConferenceId(id), ct)).ToResult(c =>
                {
                    var management = links.For(request, ConferenceService.InstanceId(c.Id));
                    return TypedResults.Accepted(management.StatusQueryGetUri, management);
                }))
            .WithSummary("Bắt đầu quy trình: gửi giấy mời, nhắc, khóa đăng ký").WithDescription("202 với các đường dẫn quản lý quy trình (statusQueryGetUri trong Location); giấy mời được gửi sau đó. 400 khi hội nghị chưa hợp lệ, đã bắt đầu hoặc hạn đăng ký đã qua. Cần X-Api-Key.").Produces<ManagementLinks>(StatusCodes.Status202Accepted).ProducesValidationProblem();

        MapChange(api, "/{id:guid}/close-registration", "Khóa đăng ký sớm", "Không nhận thêm trả lời từ bây giờ.", (s, u, id, ct) => s.CloseRegistrationAsync(u, id, ct));
        MapChange(api, "/{id:guid}/held", "Ghi nhận hội nghị đã diễn ra", "Hội nghị chuyển sang Đã diễn ra; có thể ghi kết quả và soạn kết luận.", (s, u, id, ct) => s.MarkHeldAsync(u, id, ct));
        MapChange(api, "/{id:guid}/cancel", "Hủy hội nghị (mọi người nhận thông báo hủy)", "Đại biểu đã được mời nhận thư hủy kèm lịch hủy.", (s, u, id, ct) => s.CancelAsync(u, id, ct));

        api.MapPost("/{id:guid}/reschedule", async (Guid id, RescheduleInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
            {
                var parsed = input.ToSchedule();
                return parsed.IsSuccess
                    ? (await service.RescheduleAsync(user, new ConferenceId(id), parsed.Value.Schedule, parsed.Value.Deadline, ct)).ToResult(c => TypedResults.Ok(ConferenceResponse.From(c)))
                    : OutcomeResults.Invalid(parsed.Errors);
            })
            .WithSummary("Dời lịch (mọi người nhận thông báo thay đổi)").WithDescription("Ngày, giờ và hạn đăng ký mới; đại biểu đã được mời nhận thư cập nhật. 400 ValidationProblem khi lịch không hợp lệ hoặc hội nghị đã kết thúc. Cần X-Api-Key.").Produces<ConferenceResponse>().ProducesValidationProblem();

        endpoints.MapCouncilApi();
        return api;
    }

    private static void MapAddressCorrection(RouteGroupBuilder api, string pattern, bool deputy, string summary, string description) =>
        api.MapPost(pattern, async (Guid id, Guid inviteeId, AddressInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.CorrectAddressAsync(user, new ConferenceId(id), new InviteeId(inviteeId), input.Email, deputy, ct))
                    .ToResult(c => TypedResults.Accepted($"/api/conferences/{id}/roll", new CorrectedAddress(c.Invitee.Value, c.Name, c.Email.Value))))
            .WithSummary(summary)
            .WithDescription($"{description} Chỉ khi hội nghị đang gửi giấy mời. Trả về 202 và địa chỉ danh sách đăng ký trong Location. Cần X-Api-Key của người tổ chức hoặc quản trị viên; 404 khi không có hội nghị hoặc đại biểu.")
            .Produces<CorrectedAddress>(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

    private static void MapChange(
        RouteGroupBuilder api, string pattern, string summary, string description,
        Func<ConferenceService, ClaimsPrincipal, ConferenceId, CancellationToken, Task<Outcome<Conference>>> change) =>
        api.MapPost(pattern, async (Guid id, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await change(service, user, new ConferenceId(id), ct)).ToResult(c => TypedResults.Ok(ConferenceResponse.From(c))))
            .WithSummary(summary)
            .WithDescription($"{description} Trả về hội nghị. 400 khi trạng thái hiện tại không cho phép. Cần X-Api-Key của người tổ chức hoặc quản trị viên.")
            .Produces<ConferenceResponse>().ProducesValidationProblem();
}

/// <summary>An invitee added to a conference: the id to remove or follow it by.</summary>
public sealed record AddedInvitee(Guid Id, string Name, string Email);

/// <summary>How many invitees a CSV file added.</summary>
public sealed record ImportResult(int Imported);
