using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Inbound;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// The replies by e-mail that were not clearly an answer: each shown (escaped, as any text from outside) with the
/// invitee it was addressed to and its sender, and one click to record what it says, or to set it aside.
/// </summary>
internal sealed partial class DetailsModel
{
    /// <summary>The replies waiting for the organizer, oldest first.</summary>
    public IReadOnlyList<UnclearReply> UnclearReplies { get; private set; } = [];

    /// <summary>The invitee a reply was addressed to, as the roll lists it.</summary>
    public RollLine? InviteeOf(UnclearReply reply) => Roll?.Entries.FirstOrDefault(e => e.InviteeId == reply?.Invitee.Value);

    /// <param name="id">The conference.</param>
    /// <param name="replyId">The reply in the queue.</param>
    /// <param name="answer"><see cref="AnswerInput.Accept"/>, <see cref="AnswerInput.Decline"/>, <see cref="AnswerInput.SendDeputy"/>, or "skip" to set it aside.</param>
    /// <param name="reason">A refusal's reason, as the organizer read it.</param>
    /// <param name="deputyName">The deputy's name.</param>
    /// <param name="deputyTitle">The deputy's title.</param>
    /// <param name="deputyEmail">The deputy's e-mail address, if given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IActionResult> OnPostReplyAsync(
        Guid id, string? replyId, string? answer, string? reason, string? deputyName, string? deputyTitle, string? deputyEmail, CancellationToken cancellationToken)
    {
        InvitationResponse? response = answer == Skip ? null : new AnswerInput(answer, reason, new DeputyInput(deputyName, deputyTitle, deputyEmail)).ToResponse();
        if (response is InvitationResponse.NoAnswer)
        {
            return await RefusedAsync(id, ReplyForm, [new ValidationError(ConferenceFields.Response, "Vui lòng chọn câu trả lời cần ghi nhận.")], cancellationToken);
        }

        if (response is InvitationResponse.DeputySent { Deputy.Email.Value.Length: 0 } sent)
        {
            response = new InvitationResponse.DeputySent(sent.Deputy with { Email = null });
        }

        var outcome = await inbox.ResolveAsync(User, new ConferenceId(id), replyId ?? string.Empty, response, cancellationToken);
        return outcome switch
        {
            Outcome<UnclearReply>.Done => Done(id, response is null ? Notices.ReplyDismissed : Notices.ReplyRecorded),
            Outcome<UnclearReply>.Invalid invalid => await RefusedAsync(id, ReplyForm, invalid.Errors, cancellationToken),
            _ => Refusal(outcome, id),
        };
    }

    /// <summary>The answer value of the button that sets a reply aside.</summary>
    public const string Skip = "skip";
}
