using System.Security.Claims;
using Azure;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;
using HdndWorkflow.Domain.Replies;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>The organizer's queue: the replies to read, and one click to record what they say.</summary>
internal sealed partial class ReplyInbox
{
    public const string Dismissed = "Bỏ qua, không ghi nhận trả lời";

    /// <summary>The replies of a conference waiting for its organizer (the caller has checked the user may see it).</summary>
    public Task<IReadOnlyList<UnclearReply>> ListUnclearAsync(ConferenceId conference, CancellationToken cancellationToken) =>
        inbound.ListUnclearAsync(conference, cancellationToken);

    /// <summary>
    /// Records the answer the organizer read in a queued reply (or, with no answer, sets the reply aside), takes the reply
    /// off the queue and tells its sender what was recorded. The answer is the invitation's the reply was addressed to,
    /// recorded as the organizer's.
    /// </summary>
    public async Task<Outcome<UnclearReply>> ResolveAsync(
        ClaimsPrincipal user, ConferenceId id, string replyId, InvitationResponse? response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await store.GetHeaderAsync(id, cancellationToken) is not var (conference, _))
        {
            return new Outcome<UnclearReply>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<UnclearReply>.Forbidden();
        }

        if (await inbound.GetUnclearAsync(id, replyId, cancellationToken) is not var (reply, etag, resolved)
            || await store.GetInvitationAsync(id, reply.Invitee, cancellationToken) is not { } invitation)
        {
            return new Outcome<UnclearReply>.NotFound();
        }

        if (resolved)
        {
            return new Outcome<UnclearReply>.Conflict(ConferenceTexts.ReplyAlreadyHandled);
        }

        var by = user.Identity?.Name ?? string.Empty;
        if (response is not null)
        {
            var recorded = await conferences.RecordAsync(conference, invitation, response, new ReplySource(ReplyChannel.Organizer, by), cancellationToken);
            if (recorded is Outcome<Invitation>.Invalid invalid)
            {
                return new Outcome<UnclearReply>.Invalid(invalid.Errors);
            }

            invitation = ((Outcome<Invitation>.Done)recorded).Value;
        }

        try
        {
            await inbound.ResolveAsync(id, replyId, etag, by, response is null ? Dismissed : LetterComposer.Describe(response), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return new Outcome<UnclearReply>.Conflict(ConferenceTexts.ReplyAlreadyHandled);
        }

        if (response is not null && reply.From.Length > 0)
        {
            await confirmations.SendRecordedAsync(conference, invitation, response, reply.From, replyId, cancellationToken);
        }

        return reply;
    }
}
