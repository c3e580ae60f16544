using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Calendar;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;
using HdndWorkflow.Email;
using HdndWorkflow.Functions.Conferences.Inbound;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Workflow;

/// <summary>
/// Turns a mailing into e-mails: for each invitation of the shard, the letter its recipient needs now (invitation,
/// update, deputy's invitation, reminder or cancellation) with the calendar part and the personal link. Every e-mail's
/// key is (invitation, purpose, revision), so running a mailing again sends nothing twice; invitations sent are
/// recorded on their rows, so the next mailing skips them without asking the ledger. With replies by e-mail set up, each
/// e-mail's Reply-To and its calendar's ORGANIZER are the invitation's signed reply address (see
/// <see cref="ReplyAddresses"/>): a reply, or a calendar's Accept / Tentative / Decline, comes back to that invitation.
/// </summary>
internal sealed class ConferenceMailer(
    ConferenceStore store, IEmailSender sender, PublicLinks links, ReplyAddresses replies, IOptions<EmailOptions> email, TimeProvider time)
{
    /// <summary>
    /// E-mails handed to the sender at once, and composed at once: the sixteen shards of a large mailing hold 16 × 100
    /// letters with their calendars in memory, not 16 × 250.
    /// </summary>
    private const int Batch = 100;

    public async Task<int> SendAsync(Mailing mailing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailing);
        var id = new ConferenceId(mailing.Conference);
        var (conference, _) = await store.GetHeaderAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"Conference {id} does not exist.");
        var filter = mailing.Kind switch
        {
            MailingKind.Invitations => ConferenceStore.NotSent(conference.Revision),
            MailingKind.Reminders => ConferenceStore.Unanswered,
            _ => null,
        };
        var invitations = await store.ListInvitationsAsync(id, new InvitationShard(mailing.Shard, mailing.Shards), filter, cancellationToken);
        var previous = conference.Revision > 0 && mailing.Kind == MailingKind.Invitations
            ? await store.GetAnnouncedBeforeAsync(id, cancellationToken)
            : null;
        var stamp = Instant.FromDateTimeOffset(time.GetUtcNow());

        // Composed a batch at a time (lazily): a shard's letters, calendars and all, are not held in memory at once.
        var messages = invitations.SelectMany(invitation => Messages(mailing, conference, previous, invitation, stamp));

        var sent = 0;
        foreach (var batch in messages.Chunk(Batch))
        {
            var result = await sender.SendAsync([.. batch.Select(m => m.Email)], cancellationToken);
            sent += result.Sent;
            if (mailing.Kind == MailingKind.Invitations)
            {
                await store.MarkSentAsync(id, Delivered(batch, result), conference.Revision, cancellationToken);
            }
        }

        return sent;
    }

    private IEnumerable<Message> Messages(Mailing mailing, Conference conference, Conference? previous, Invitation invitation, Instant stamp)
    {
        var revision = conference.Revision;
        var invitee = invitation.Invitee;
        var deputy = invitation.Deputy;
        switch (mailing.Kind)
        {
            case MailingKind.Invitations:
                if (invitation.InvitedRevision < revision)
                {
                    var kind = invitation.InvitedRevision == Invitation.NotInvited ? LetterKind.Invitation : LetterKind.Update;
                    yield return Compose(kind, conference, new LetterRecipient.Invited(invitee), InviteeLink(conference, invitation), stamp, invitation, toDeputy: false, previous: previous);
                }

                if (deputy is { HasEmail: true } && invitation.DeputyInvitedRevision < revision)
                {
                    var kind = invitation.DeputyInvitedRevision == Invitation.NotInvited ? LetterKind.DeputyInvitation : LetterKind.Update;
                    yield return Compose(kind, conference, new LetterRecipient.Deputed(deputy, invitee), DeputyLink(conference, invitation), stamp, invitation, toDeputy: true, previous: previous);
                }

                break;
            // An invitation that came back undelivered is not reminded until the organizer corrects the address.
            case MailingKind.Reminders when invitation.Reply?.Response is null or InvitationResponse.Tentative && invitation.InvitedRevision >= 0 && invitation.Delivery is null:
                yield return Compose(LetterKind.Reminder, conference, new LetterRecipient.Invited(invitee), InviteeLink(conference, invitation), stamp, invitation, toDeputy: false, mailing.Purpose);
                break;
            case MailingKind.Cancellations:
                if (invitation.InvitedRevision >= 0)
                {
                    yield return Compose(LetterKind.Cancellation, conference, new LetterRecipient.Invited(invitee), InviteeLink(conference, invitation), stamp, invitation, toDeputy: false);
                }

                if (deputy is { HasEmail: true } && invitation.DeputyInvitedRevision >= 0)
                {
                    yield return Compose(LetterKind.Cancellation, conference, new LetterRecipient.Deputed(deputy, invitee), DeputyLink(conference, invitation), stamp, invitation, toDeputy: true);
                }

                break;
        }
    }

    private Message Compose(
        LetterKind kind, Conference conference, LetterRecipient recipient, Uri link, Instant stamp, Invitation invitation, bool toDeputy, string? reminder = null, Conference? previous = null)
    {
        var purpose = kind switch
        {
            LetterKind.Invitation or LetterKind.DeputyInvitation => EmailPurposes.Invitation,
            LetterKind.Update => EmailPurposes.Update,
            LetterKind.Cancellation => EmailPurposes.Cancellation,
            _ => reminder ?? throw new InvalidOperationException("A reminder needs its purpose."),
        };
        var invitationKey = toDeputy ? invitation.DeputyKey! : invitation.Invitee.Id.ToString();
        var replyTo = replies.For(conference.Id, invitation.Invitee.Id, toDeputy ? LinkHolder.Deputy : LinkHolder.Invitee);
        var letter = LetterComposer.Compose(kind, conference, recipient, link, previous, answerByReply: replyTo is not null);
        if (!toDeputy && invitation.AddressRevision > 0)
        {
            // The corrected address's letters have keys of their own: the ledger holds the first address's as sent.
            purpose = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{purpose}-a{invitation.AddressRevision}");
        }

        var customArgs = new Dictionary<string, string>(EmailCustomArgs.For(invitationKey, purpose, conference.Revision, conference.Id.ToString()))
        {
            [Delivery.InvitationDeliveryHandler.AddressRevisionArg] = invitation.AddressRevision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var attachments = kind == LetterKind.Reminder
            ? []
            : new[] { Calendar(kind == LetterKind.Cancellation ? CalendarMethod.Cancel : CalendarMethod.Request, conference, recipient, link, stamp, replyTo) };
        var outgoing = new OutgoingEmail
        {
            IdempotencyKey = EmailKey.For(invitationKey, purpose, conference.Revision),
            To = new EmailRecipient(recipient.Email.Value, recipient.Name),
            ReplyTo = replyTo is null ? null : new EmailRecipient(replyTo.Value, conference.Council.OrganizerOffice),
            Subject = letter.Subject,
            Html = letter.Html,
            Text = letter.Text,
            Attachments = attachments,
            CustomArgs = customArgs,
        };
        return new Message(outgoing, invitation.Invitee.Id, toDeputy);
    }

    private EmailAttachment Calendar(CalendarMethod method, Conference conference, LetterRecipient recipient, Uri link, Instant stamp, EmailAddress? replyTo)
    {
        // The calendar names its own recipient as the attendee (Gmail shows RSVP only to a listed attendee), and the
        // reply address as the organizer: calendars send Accept / Decline to the organizer, not to the Reply-To.
        var attendee = new Invitee.Unit(default, recipient.Name, recipient.Email);
        var organizer = new CalendarParty(conference.Council.OrganizerOffice, replyTo ?? EmailAddress.From(email.Value.FromAddress));
        var calendarEvent = ConferenceCalendar.For(conference, attendee, method, organizer, stamp, method == CalendarMethod.Request ? link : null);
        return new EmailAttachment("giay-moi.ics", method.ContentType(), CalendarWriter.WriteUtf8(method, calendarEvent));
    }

    private Uri InviteeLink(Conference conference, Invitation invitation) =>
        links.Confirmation(new InvitationToken(conference.Id, invitation.Invitee.Id, LinkHolder.Invitee, invitation.Nonce));

    private Uri DeputyLink(Conference conference, Invitation invitation) =>
        links.Confirmation(new InvitationToken(conference.Id, invitation.Invitee.Id, LinkHolder.Deputy, invitation.DeputyNonce!));

    private static List<(InviteeId Invitee, bool ToInvitee, bool ToDeputy)> Delivered(Message[] batch, EmailSendResult result) =>
    [
        .. batch.Zip(result.Outcomes)
            .Where(pair => pair.Second.Status is EmailDeliveryStatus.Sent or EmailDeliveryStatus.AlreadySent)
            .GroupBy(pair => pair.First.Invitee)
            .Select(group => (group.Key, group.Any(p => !p.First.ToDeputy), group.Any(p => p.First.ToDeputy))),
    ];

    private sealed record Message(OutgoingEmail Email, InviteeId Invitee, bool ToDeputy);
}
