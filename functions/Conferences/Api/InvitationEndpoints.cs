using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Security;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// Answers through a personal link's token, for clients other than the page (the page posts its form): no account,
/// the token is the credential. Rate limited per token, and never cached (<see cref="PersonalLinkHeadersAttribute"/>).
/// </summary>
internal static class InvitationEndpoints
{
    public static RouteGroupBuilder MapInvitationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/invitations").WithTags("Invitations").RequireRateLimiting(LinkRateLimiting.Policy)
            .WithMetadata(new PersonalLinkHeadersAttribute());

        api.MapGet("/{token}", async (string token, LinkSigner signer, ConferenceService service, CancellationToken ct) =>
                (await service.OpenAsync(InvitationToken.Decode(token, signer), ct)).ToResult(view => TypedResults.Ok(InvitationResponseBody.From(view))))
            .WithSummary("Thông tin giấy mời của đường dẫn cá nhân").WithDescription("Không cần tài khoản: mã trong đường dẫn là thông tin xác thực. Chỉ đọc, không thay đổi gì. 400 khi đường dẫn sai hoặc bị thu hồi; 410 khi hội nghị đã kết thúc; 429 khi quá 30 lần một phút.").Produces<InvitationResponseBody>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status410Gone);

        api.MapPost("/{token}/answer", async (string token, AnswerInput input, LinkSigner signer, ConferenceService service, CancellationToken ct) =>
                (await service.AnswerAsync(InvitationToken.Decode(token, signer), input.ToResponse(), ct)).ToResult(view => TypedResults.Ok(InvitationResponseBody.From(view))))
            .WithSummary("Trả lời giấy mời: tham dự, không tham dự hoặc cử người dự thay").WithDescription("Không cần tài khoản: mã trong đường dẫn là thông tin xác thực. Đổi được trả lời đến hạn đăng ký. 400 ValidationProblem khi trả lời không hợp lệ, hết hạn đăng ký hoặc đường dẫn sai; 410 khi hội nghị đã kết thúc; 429 khi quá 30 lần một phút.").Produces<InvitationResponseBody>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status410Gone);

        return api;
    }
}

/// <summary>An invitation as its holder sees it.</summary>
public sealed record InvitationResponseBody(
    Guid ConferenceId, string Title, string TimeLine, string? Venue, string Invitee, string Holder, string Response, string? Deputy, bool AcceptsAnswers, string RegistrationDeadline, string Contact)
{
    internal static InvitationResponseBody From(InvitationView view) => new(
        view.Conference.Id.Value,
        view.Conference.Title,
        view.Conference.Schedule.TimeLine,
        view.Conference.Venue?.ToString(),
        view.Invitation.Invitee.Line,
        view.Holder.ToString(),
        view.Invitation.Reply?.Response.Kind.ToString() ?? nameof(Domain.Invitations.ResponseKind.NoAnswer),
        view.Invitation.Deputy?.ToString(),
        view.AcceptsAnswers,
        view.Conference.RegistrationDeadline.ToString(),
        view.Contact);
}
