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
            .WithSummary("Các hội nghị của Hội đồng").Produces<List<ConferenceResponse>>();

        api.MapPost("/", async (ConferenceInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
            {
                // Every error at once: the council's, what could not be read, and what the domain finds in the rest.
                var (council, councilError) = service.CouncilFor(user, input.CouncilId);
                var (conference, errors) = ConferenceInputCheck.Check(input, [], new ConferenceId(Guid.NewGuid()), council, withInvitees: true);
                return conference is not null && councilError is null
                    ? (await service.CreateAsync(user, conference with { Council = council! }, ct)).ToResult(c => TypedResults.Created($"/api/conferences/{c.Id}", ConferenceResponse.From(c)))
                    : OutcomeResults.Invalid([.. councilError is null ? [] : new[] { councilError }, .. errors]);
            })
            .WithSummary("Tạo hội nghị (bản nháp)").Produces<ConferenceResponse>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.GetAsync(user, new ConferenceId(id), ct)).ToResult(v => TypedResults.Ok(ConferenceResponse.From(v.Conference))))
            .WithSummary("Thông tin hội nghị").Produces<ConferenceResponse>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/{id:guid}", async (Guid id, ConferenceInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
            {
                var (conference, errors) = ConferenceInputCheck.Check(input, [], new ConferenceId(id), council: null, withInvitees: false);
                return conference is not null
                    ? (await service.EditAsync(user, new ConferenceId(id), _ => conference, ct)).ToResult(c => TypedResults.Ok(ConferenceResponse.From(c)))
                    : OutcomeResults.Invalid(errors);
            })
            .WithSummary("Sửa hội nghị chưa gửi giấy mời (danh sách đại biểu sửa riêng)").Produces<ConferenceResponse>().ProducesValidationProblem();

        api.MapGet("/{id:guid}/roll", async (Guid id, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.GetAsync(user, new ConferenceId(id), ct)).ToResult(v => TypedResults.Ok(RollResponses.From(v))))
            .WithSummary("Danh sách đăng ký tham dự (ai chưa trả lời)").Produces<RollResponse>();

        api.MapGet("/{id:guid}/roll.xlsx", async (Guid id, ClaimsPrincipal user, ConferenceService service, TimeProvider time, CancellationToken ct) =>
                (await service.GetAsync(user, new ConferenceId(id), ct)).ToResult(v => TypedResults.File(
                    RollWorkbook.Write(v, Instant.FromDateTimeOffset(time.GetUtcNow())), RollWorkbook.ContentType, $"danh-sach-dai-bieu-{v.Conference.Schedule.Date.ToString("dd-MM-uuuu", CultureInfo.InvariantCulture)}.xlsx")))
            .WithSummary("Tải danh sách đăng ký tham dự (Excel .xlsx)")
            .WithDescription("Một dòng cho mỗi đại biểu theo thứ tự mời: họ tên, chức vụ và đơn vị, email, trả lời, người dự thay, lý do, thời điểm trả lời, giấy mời đã gửi chưa. Văn bản không bao giờ là công thức.")
            .Produces(StatusCodes.Status200OK, contentType: RollWorkbook.ContentType).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/invitees", async (Guid id, List<InviteeInput?> invitees, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.AddInviteesAsync(user, new ConferenceId(id), [.. invitees.Select(i => InviteeInput.ToInvitee(i, new InviteeId(Guid.NewGuid())))], ct))
                    .ToResult(added => TypedResults.Ok(added.Select(i => new { id = i.Id.Value, i.Name, email = i.Email.Value }).ToList())))
            .WithSummary("Bổ sung đại biểu (sau khi bắt đầu, đại biểu mới được gửi giấy mời)").ProducesValidationProblem();

        api.MapPost("/{id:guid}/invitees/csv", async (Guid id, HttpRequest request, bool? skipInvalidLines, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.ImportInviteesAsync(user, new ConferenceId(id), request.Body, skipInvalidLines == true, ct))
                    .ToResult(added => TypedResults.Ok(new { imported = added.Count })))
            .Accepts<string>("text/csv")
            .WithSummary("Nhập đại biểu từ tệp CSV (UTF-8; cột Họ và tên, Chức vụ, Đơn vị, Email)").ProducesValidationProblem();

        api.MapPost("/{id:guid}/invitees/{inviteeId:guid}/address", async (Guid id, Guid inviteeId, AddressInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.CorrectAddressAsync(user, new ConferenceId(id), new InviteeId(inviteeId), input.Email, ct))
                    .ToResult(i => TypedResults.Accepted($"/api/conferences/{id}/roll", new { id = i.Id.Value, i.Name, email = i.Email.Value })))
            .WithSummary("Sửa địa chỉ email của đại biểu không nhận được giấy mời và gửi lại giấy mời (một lần)")
            .WithDescription("Giấy mời được gửi lại tới địa chỉ mới qua quy trình của hội nghị; trạng thái 'không gửi được' được xóa. Chỉ khi hội nghị đang gửi giấy mời.")
            .ProducesValidationProblem();

        api.MapDelete("/{id:guid}/invitees/{inviteeId:guid}", async (Guid id, Guid inviteeId, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await service.RemoveInviteeAsync(user, new ConferenceId(id), new InviteeId(inviteeId), ct)).ToResult(_ => TypedResults.NoContent()))
            .WithSummary("Xóa đại biểu khỏi hội nghị chưa gửi giấy mời");

        api.MapPost("/{id:guid}/start", async (Guid id, HttpRequest request, ClaimsPrincipal user, ConferenceService service, InstanceLinks links, CancellationToken ct) =>
                (await service.StartAsync(user, new ConferenceId(id), ct)).ToResult(c =>
                {
                    var management = links.For(request, ConferenceService.InstanceId(c.Id));
                    return TypedResults.Accepted(management.StatusQueryGetUri, management);
                }))
            .WithSummary("Bắt đầu quy trình: gửi giấy mời, nhắc, khóa đăng ký").Produces<ManagementLinks>(StatusCodes.Status202Accepted).ProducesValidationProblem();

        MapChange(api, "/{id:guid}/close-registration", "Khóa đăng ký sớm", (s, u, id, ct) => s.CloseRegistrationAsync(u, id, ct));
        MapChange(api, "/{id:guid}/held", "Ghi nhận hội nghị đã diễn ra", (s, u, id, ct) => s.MarkHeldAsync(u, id, ct));
        MapChange(api, "/{id:guid}/cancel", "Hủy hội nghị (mọi người nhận thông báo hủy)", (s, u, id, ct) => s.CancelAsync(u, id, ct));

        api.MapPost("/{id:guid}/reschedule", async (Guid id, RescheduleInput input, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
            {
                var parsed = input.ToSchedule();
                return parsed.IsSuccess
                    ? (await service.RescheduleAsync(user, new ConferenceId(id), parsed.Value.Schedule, parsed.Value.Deadline, ct)).ToResult(c => TypedResults.Ok(ConferenceResponse.From(c)))
                    : OutcomeResults.Invalid(parsed.Errors);
            })
            .WithSummary("Dời lịch (mọi người nhận thông báo thay đổi)").Produces<ConferenceResponse>().ProducesValidationProblem();

        endpoints.MapCouncilApi();
        return api;
    }

    private static void MapChange(
        RouteGroupBuilder api, string pattern, string summary,
        Func<ConferenceService, ClaimsPrincipal, ConferenceId, CancellationToken, Task<Outcome<Conference>>> change) =>
        api.MapPost(pattern, async (Guid id, ClaimsPrincipal user, ConferenceService service, CancellationToken ct) =>
                (await change(service, user, new ConferenceId(id), ct)).ToResult(c => TypedResults.Ok(ConferenceResponse.From(c))))
            .WithSummary(summary).Produces<ConferenceResponse>().ProducesValidationProblem();
}
