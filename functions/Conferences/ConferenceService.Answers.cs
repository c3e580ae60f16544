using System.Security.Cryptography;
using System.Text;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Conferences.Workflow;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>Invitees' answers through their personal links.</summary>
internal sealed partial class ConferenceService
{
    /// <summary>
    /// The invitation a personal link opens, or why it opens none (tampered, revoked or expired). Reads only: mail
    /// scanners open links, and opening one changes nothing.
    /// </summary>
    public async Task<Outcome<InvitationView>> OpenAsync(InvitationToken? token, CancellationToken cancellationToken)
    {
        if (token is null)
        {
            return Refused(ConferenceTexts.LinkInvalid);
        }

        var header = store.GetRecentHeaderAsync(token.Conference, cancellationToken);
        var invitation = store.GetInvitationAsync(token.Conference, token.Invitee, cancellationToken);
        if (await header is not { } conference || await invitation is not { } found || !Matches(token, found))
        {
            return Refused(ConferenceTexts.LinkInvalid);
        }

        if (Now > conference.Schedule.EndInstant)
        {
            return Refused(ConferenceTexts.LinkExpired);
        }

        return new InvitationView(conference with { Invitees = [found.Invitee] }, found, token.Holder, conference.AcceptsAnswers(Now), directory.ContactOf(conference.Council));
    }

    /// <summary>
    /// Records the answer of the invitee whose link this is, replacing an earlier one, until the deadline. A deputy
    /// named for the first time, or replaced by another, gets an invitation of his or her own from the orchestration.
    /// </summary>
    public async Task<Outcome<InvitationView>> AnswerAsync(InvitationToken? token, InvitationResponse response, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(token, cancellationToken);
        if (opened is not Outcome<InvitationView>.Done { Value: var view })
        {
            return opened;
        }

        if (view.Holder == LinkHolder.Deputy)
        {
            return Refused(ConferenceTexts.DeputyLinkReadOnly);
        }

        var decision = view.Conference.Answer(view.Invitation.Invitee.Id, response, Now);
        if (!decision.IsSuccess)
        {
            return new Outcome<InvitationView>.Invalid(decision.Errors);
        }

        var reply = decision.Value;
        var deputy = (reply.Response as InvitationResponse.DeputySent)?.Deputy;
        var newDeputy = deputy is not null && deputy.Email != view.Invitation.Deputy?.Email;
        await store.SaveReplyAsync(view.Conference.Id, reply, newDeputy ? InvitationToken.NewNonce() : null, cancellationToken);

        // The workflow invites the deputy when it hears of one. A deputy named before and still not invited is announced
        // again: the same answer sent once more, because the first attempt's announcement was lost (a crash, or storage
        // failing between the save and the event), would otherwise wait for the workflow's next step, days away.
        if (newDeputy || (deputy is not null && view.Invitation.DeputyInvitedRevision < view.Conference.Revision))
        {
            await workflows.RaiseEventAsync(InstanceId(view.Conference.Id), ConferenceChange.EventName, new ConferenceChange(ConferenceChange.DeputySent), cancellationToken);
        }

        return view with { Invitation = view.Invitation with { Reply = reply } };
    }

    private static bool Matches(InvitationToken token, Invitation invitation)
    {
        var expected = token.Holder == LinkHolder.Deputy ? (invitation.Deputy is null ? null : invitation.DeputyNonce) : invitation.Nonce;
        return expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(token.Nonce));
    }

    private static Outcome<InvitationView>.Invalid Refused(string message) => new([new ValidationError("token", message)]);
}

/// <summary>What a personal link shows: the conference, the invitation and whether answers are still taken.</summary>
internal sealed record InvitationView(Conference Conference, Invitation Invitation, LinkHolder Holder, bool AcceptsAnswers, string Contact);
