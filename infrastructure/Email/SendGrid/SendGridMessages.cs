using SendGrid.Helpers.Mail;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>
/// Builds the <see cref="SendGridMessage"/> (SendGrid's own model of <c>POST /v3/mail/send</c>) for one batch: one
/// personalization per e-mail (to, substitutions, custom_args with the idempotency key), and the shared from,
/// reply_to, subject, content and attachments.
/// </summary>
/// <remarks>
/// Calendar parts: an attachment of type <c>text/calendar; method=…</c> is sent twice, the way Google Calendar's own
/// invitations are built. Once as a content part of that type, which SendGrid places in the multipart/alternative next
/// to the text and the HTML: that part, with the method in its MIME type, is what makes Outlook and Gmail show the
/// invitation with Accept/Decline. And once as an attachment "invite.ics" of type application/ics for clients that only
/// import files. (SendGrid refuses ';' in an attachment's type, so attachment types are sent without parameters; it
/// encodes the calendar content part as quoted-printable, which the clients read.)
/// </remarks>
internal static class SendGridMessages
{
    public static SendGridMessage Build(IReadOnlyList<OutgoingEmail> batch, EmailOptions sender, bool sandboxMode)
    {
        var first = batch[0];
        var message = new SendGridMessage
        {
            Personalizations = [.. batch.Select(Personalization)],
            From = Address(sender.FromAddress, sender.FromName),
            Subject = first.Subject,
            Contents = Contents(first),
            Attachments = first.Attachments.Count == 0 ? null : [.. first.Attachments.Select(Attachment)],
        };
        if (first.ReplyTo is { } replyTo)
        {
            message.ReplyTo = Address(replyTo.Address, replyTo.Name);
        }
        else if (!string.IsNullOrWhiteSpace(sender.ReplyToAddress))
        {
            message.ReplyTo = Address(sender.ReplyToAddress, sender.ReplyToName);
        }

        if (sandboxMode)
        {
            message.MailSettings = new MailSettings { SandboxMode = new SandboxMode { Enable = true } };
        }

        return message;
    }

    /// <summary>"REQUEST" or "CANCEL" for a calendar attachment that names its iTIP method; null otherwise.</summary>
    internal static string? CalendarMethodOf(EmailAttachment attachment) =>
        attachment.MediaType == "text/calendar" && attachment.Parameter("method") is { Length: > 0 } method
            ? method.ToUpperInvariant()
            : null;

    private static Personalization Personalization(OutgoingEmail email)
    {
        var customArgs = email.CustomArgs
            .Where(pair => pair.Key != EmailCustomArgs.EmailKey)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        customArgs[EmailCustomArgs.EmailKey] = email.IdempotencyKey;
        return new Personalization
        {
            Tos = [Address(email.To.Address, email.To.Name)],
            Substitutions = email.Substitutions.Count == 0 ? null : new Dictionary<string, string>(email.Substitutions, StringComparer.Ordinal),
            CustomArgs = customArgs,
        };
    }

    // SendGrid wants text/plain first, then text/html, then any other type.
    private static List<Content> Contents(OutgoingEmail email)
    {
        var contents = new List<Content>();
        if (!string.IsNullOrEmpty(email.Text))
        {
            contents.Add(new Content("text/plain", email.Text));
        }

        if (!string.IsNullOrEmpty(email.Html))
        {
            contents.Add(new Content("text/html", email.Html));
        }

        foreach (var attachment in email.Attachments)
        {
            if (CalendarMethodOf(attachment) is { } method)
            {
                contents.Add(new Content($"text/calendar; method={method}", System.Text.Encoding.UTF8.GetString(attachment.Content)));
            }
        }

        return contents;
    }

    private static Attachment Attachment(EmailAttachment attachment) => new()
    {
        Content = Convert.ToBase64String(attachment.Content),
        Type = CalendarMethodOf(attachment) is null ? attachment.MediaType : "application/ics",
        Filename = attachment.FileName,
        Disposition = "attachment",
    };

    private static EmailAddress Address(string address, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new EmailAddress(address.Trim());
        }

        // SendGrid puts the name into the To/From header as it is; one with ',' or ';' ("Thường trực HĐND các xã,
        // thị trấn") would split into two addresses there, so it is quoted, as SendGrid's own PHP library does.
        var trimmed = name.Trim().Replace("\"", string.Empty, StringComparison.Ordinal);
        return new EmailAddress(address.Trim(), trimmed.AsSpan().IndexOfAny(",;") >= 0 ? $"\"{trimmed}\"" : trimmed);
    }
}
