using System.Security.Cryptography;
using System.Text;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Conferences.Workflow;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>Invitees' answers through their personal links, and the recording of any answer.</summary>
internal sealed partial class ConferenceService
{
    /// <summary>
    /// The invitation a personal link opens, or why it opens none: tampered or revoked (invalid), or expired with its
    /// conference (gone). Reads only: mail scanners open links, and opening one changes nothing.
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
            return new Outcome<InvitationView>.Gone(ConferenceTexts.LinkExpired);
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

        return await RecordAsync(view.Conference, view.Invitation, response, ReplySource.Link, cancellationToken) switch
        {
            Outcome<Invitation>.Done { Value: var invitation } => view with { Invitation = invitation },
            Outcome<Invitation>.Invalid invalid => new Outcome<InvitationView>.Invalid(invalid.Errors),
            var other => throw new InvalidOperationException($"Recording an answer gave {other.GetType().Name}."),
        };
    }

    /// <summary>
    /// Records an answer on an invitation of <paramref name="conference"/> (read without its invitees), however it came:
    /// the domain decides (refused after the deadline, for instance), the answer is saved with its source, and a deputy
    /// named with an address for the first time, or replaced by another, gets an invitation of his or her own from the
    /// orchestration.
    /// </summary>
    internal async Task<Outcome<Invitation>> RecordAsync(
        Conference conference, Invitation invitation, InvitationResponse response, ReplySource source, CancellationToken cancellationToken)
    {
        var decision = (conference with { Invitees = [invitation.Invitee] }).Answer(invitation.Invitee.Id, response, Now);
        if (!decision.IsSuccess)
        {
            return new Outcome<Invitation>.Invalid(decision.Errors);
        }

        var reply = decision.Value;
        var deputy = reply.Response is InvitationResponse.DeputySent { Deputy: { HasEmail: true } named } ? named : null;
        var newDeputy = deputy is not null && deputy.Email != invitation.Deputy?.Email;
        var deputyNonce = newDeputy ? InvitationToken.NewNonce() : null;
        await store.SaveReplyAsync(conference.Id, reply, deputyNonce, source, cancellationToken);
        metrics.AnswerRecorded(reply.Response.GetType().Name);

        // The workflow invites the deputy when it hears of one. A deputy named before and still not invited is announced
        // again: the same answer sent once more, because the first attempt's announcement was lost (a crash, or storage
        // failing between the save and the event), would otherwise wait for the workflow's next step, days away.
        if (newDeputy || (deputy is not null && invitation.DeputyInvitedRevision < conference.Revision))
        {
            await workflows.RaiseEventAsync(InstanceId(conference.Id), ConferenceChange.EventName, new ConferenceChange(ConferenceChange.DeputySent), cancellationToken);
        }

        return invitation with
        {
            Reply = reply,
            Source = source,
            DeputyNonce = deputyNonce ?? invitation.DeputyNonce,
            DeputyInvitedRevision = newDeputy ? Invitation.NotInvited : invitation.DeputyInvitedRevision,
        };
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
