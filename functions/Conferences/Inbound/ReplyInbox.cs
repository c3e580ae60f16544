using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Calendar;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Replies;
using HdndWorkflow.Email.Inbound;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>
/// Replies by e-mail and from calendars: matched to their invitation by the signed reply address they were sent to
/// (never by the sender), read (a calendar REPLY, else the new text of the mail), recorded when they are clearly an
/// answer and the reference allows it, otherwise queued for the organizer. Each message is acted on once, however
/// often SendGrid posts it. This file: receiving; <c>.Organizer</c>: the organizer's queue.
/// </summary>
internal sealed partial class ReplyInbox(
    ConferenceStore store,
    ConferenceService conferences,
    InboundStore inbound,
    ReplyAddresses addresses,
    ReplyConfirmations confirmations,
    TimeProvider time,
    ILogger<ReplyInbox> logger)
{
    public async Task<InboxOutcome> ReceiveAsync(InboundEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (addresses.Find(email.Recipients) is not { } reference)
        {
            logger.InboundWithoutReference(email.Recipients.Count);
            return InboxOutcome.Unmatched;
        }

        var id = InboundStore.IdOf(email.MessageKey);
        switch (await inbound.ClaimAsync(id, cancellationToken))
        {
            case InboundStore.Claim.Done:
                return InboxOutcome.Duplicate;
            case InboundStore.Claim.InProgress:
                return InboxOutcome.InProgress;
        }

        InboxOutcome outcome;
        try
        {
            outcome = await HandleAsync(email, reference, id, cancellationToken);
        }
        catch (Exception)
        {
            // Nothing is lost: SendGrid posts again, and the next attempt need not wait for this claim to expire.
            await inbound.ReleaseAsync(id, CancellationToken.None);
            throw;
        }

        await inbound.CompleteAsync(id, outcome.ToString(), reference.Conference, cancellationToken);
        logger.InboundHandled(id, reference.Conference.Value, outcome);
        return outcome;
    }

    private async Task<InboxOutcome> HandleAsync(InboundEmail email, ReplyReference reference, string id, CancellationToken cancellationToken)
    {
        var header = await store.GetHeaderAsync(reference.Conference, cancellationToken);
        var invitation = header is null
            ? null
            : (await store.FindInvitationsAsync(reference.Conference, reference.RowKeyPrefix, cancellationToken)).FirstOrDefault(i => addresses.Signed(reference, i.Invitee.Id));
        if (header is not var (conference, _) || invitation is null)
        {
            logger.InboundWithoutInvitation(reference.Conference.Value);
            return InboxOutcome.Unmatched;
        }

        var from = EmailAddress.TryParse(email.From, out var sender) ? sender.Value : string.Empty;
        var read = Read(email, conference, invitation, reference.Holder);
        if (read.Response is { } response)
        {
            var recorded = await conferences.RecordAsync(conference, invitation, response, new ReplySource(read.Channel, from.Length > 0 ? from : null), cancellationToken);
            var answers = from.Length > 0 && !email.IsAutomatic;
            switch (recorded)
            {
                case Outcome<Invitation>.Done { Value: var updated }:
                    if (answers)
                    {
                        await confirmations.SendRecordedAsync(conference, updated, response, from, id, cancellationToken);
                    }

                    return InboxOutcome.Recorded;
                case Outcome<Invitation>.Invalid invalid:
                    if (answers)
                    {
                        await confirmations.SendNotRecordedAsync(conference, invitation, string.Join(" ", invalid.Errors.Select(e => e.Message)), from, id, cancellationToken);
                    }

                    return InboxOutcome.NotRecorded;
            }
        }

        await inbound.AddUnclearAsync(
            new UnclearReply(id, conference.Id, invitation.Invitee.Id, reference.Holder, read.Channel, from, email.FromName, email.Subject, read.Text, read.Reason, read.Deputy, time.GetUtcNow()),
            cancellationToken);
        return InboxOutcome.Unclear;
    }

    // A calendar REPLY about this conference decides; otherwise the new text of the mail is read. Only the invitee's
    // own reference answers: a deputy's reply, or a calendar answer from someone else, goes to the organizer.
    private static Reading Read(InboundEmail email, Conference conference, Invitation invitation, LinkHolder holder)
    {
        var text = ReplyText.NewText(email.Text) is { Length: > 0 } plain ? plain : ReplyText.NewTextOfHtml(email.Html);
        var calendar = email.Calendars.Select(CalendarReply.Read).FirstOrDefault(r => r?.Uid == ConferenceCalendar.Uid(conference.Id));
        if (calendar is not null)
        {
            var attendee = holder == LinkHolder.Invitee ? invitation.Invitee.Email : invitation.Deputy?.Email;
            UnclearReason? refusal = !EmailAddress.From(calendar.Attendee).Equals(attendee) ? UnclearReason.OtherAttendee
                : calendar.Sequence < conference.Revision ? UnclearReason.OutdatedCalendar
                : holder == LinkHolder.Deputy ? UnclearReason.DeputyReply
                : null;
            InvitationResponse response = calendar.Answer switch
            {
                CalendarAnswer.Accepted => new InvitationResponse.Accepted(),
                CalendarAnswer.Declined => new InvitationResponse.Declined(),
                _ => new InvitationResponse.Tentative(),
            };
            var said = $"[{ConferenceTexts.CalendarAnswer}: {response.Kind.DisplayName}] {text}".Trim();
            return refusal is { } reason
                ? new Reading(null, reason, null, said, ReplyChannel.Calendar)
                : new Reading(response, null, null, said, ReplyChannel.Calendar);
        }

        var reading = ReplyClassifier.Classify(text, ReplySubject.UserPart(email.Subject, conference.Title), email.IsAutomatic);
        return (reading, holder) switch
        {
            (ReplyReading.Unclear unclear, _) => new Reading(null, unclear.Reason, unclear.Deputy, text, ReplyChannel.Email),
            (_, LinkHolder.Deputy) => new Reading(null, UnclearReason.DeputyReply, (reading as ReplyReading.SendDeputy)?.Deputy, text, ReplyChannel.Email),
            _ => new Reading(reading.Response, null, null, text, ReplyChannel.Email),
        };
    }

    private sealed record Reading(InvitationResponse? Response, UnclearReason? Unclear, Deputy? Deputy, string Text, ReplyChannel Channel)
    {
        public UnclearReason Reason => Unclear ?? UnclearReason.NotUnderstood;
    }
}

/// <summary>What became of an inbound message.</summary>
public enum InboxOutcome
{
    /// <summary>An answer was recorded (and its sender told).</summary>
    Recorded,

    /// <summary>Clearly an answer, but refused (the deadline passed, the conference was cancelled): the sender is told why.</summary>
    NotRecorded,

    /// <summary>Queued for the organizer.</summary>
    Unclear,

    /// <summary>Sent to no reply address of an invitation of this app: nothing to do.</summary>
    Unmatched,

    /// <summary>Handled before: SendGrid posted it again.</summary>
    Duplicate,

    /// <summary>Another attempt is handling it right now.</summary>
    InProgress,
}
