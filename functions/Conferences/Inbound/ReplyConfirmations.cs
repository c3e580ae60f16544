using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;
using HdndWorkflow.Email;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>
/// The short e-mails that tell whoever replied what was recorded (or why nothing was), through the e-mail ledger: each
/// is keyed by the reply it answers, so a reply handled twice is confirmed once. The invitee's copy carries the
/// personal link; someone who replied from another address gets a copy without it, and the invitee a copy saying who
/// replied. Replies to them come back to the invitation's reply address.
/// </summary>
internal sealed class ReplyConfirmations(IEmailSender sender, ReplyAddresses replyAddresses, PublicLinks links)
{
    /// <summary>The purpose of a confirmation in its idempotency key and custom arguments.</summary>
    public const string Recorded = "reply-recorded";

    public const string NotRecorded = "reply-not-recorded";

    public async Task SendRecordedAsync(Conference conference, Invitation invitation, InvitationResponse response, string from, string replyId, CancellationToken cancellationToken)
    {
        var invitee = invitation.Invitee;
        var link = links.Confirmation(new InvitationToken(conference.Id, invitee.Id, LinkHolder.Invitee, invitation.Nonce));
        var byInvitee = string.Equals(from, invitee.Email.Value, StringComparison.OrdinalIgnoreCase);
        var emails = new List<OutgoingEmail>
        {
            Email(conference, invitation, Recorded, replyId, invitee.Email.Value, invitee.Name, LetterComposer.AnswerRecorded(conference, invitee, response, byInvitee ? null : from, link)),
        };
        if (!byInvitee)
        {
            emails.Add(Email(conference, invitation, Recorded + "-sender", replyId, from, null, LetterComposer.AnswerRecorded(conference, invitee, response, from, null)));
        }

        await sender.SendAsync(emails, cancellationToken);
    }

    public Task SendNotRecordedAsync(Conference conference, Invitation invitation, string why, string from, string replyId, CancellationToken cancellationToken) =>
        sender.SendAsync([Email(conference, invitation, NotRecorded, replyId, from, null, LetterComposer.AnswerNotRecorded(conference, invitation.Invitee, why))], cancellationToken);

    private OutgoingEmail Email(Conference conference, Invitation invitation, string purpose, string replyId, string to, string? name, Letter letter)
    {
        var key = $"{invitation.Invitee.Id}-reply-{replyId}";
        var replyTo = replyAddresses.For(conference.Id, invitation.Invitee.Id, LinkHolder.Invitee);
        return new OutgoingEmail
        {
            IdempotencyKey = EmailKey.For(key, purpose, conference.Revision),
            To = new EmailRecipient(to, name),
            ReplyTo = replyTo is null ? null : new EmailRecipient(replyTo.Value, conference.Council.OrganizerOffice),
            Subject = letter.Subject,
            Html = letter.Html,
            Text = letter.Text,
            CustomArgs = EmailCustomArgs.For(key, purpose, conference.Revision),
        };
    }
}
