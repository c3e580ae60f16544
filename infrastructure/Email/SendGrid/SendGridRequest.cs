using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>
/// Writes the JSON body of <c>POST /v3/mail/send</c> for one batch: one personalization per e-mail (to, substitutions,
/// custom_args with the idempotency key), and the shared from, reply_to, subject, content and attachments.
/// </summary>
/// <remarks>
/// Calendar parts: an attachment of type <c>text/calendar; method=…</c> is sent twice, the way Google Calendar's own
/// invitations are built. Once as a content part of that type, which SendGrid places in the multipart/alternative next
/// to the text and the HTML: that part, with the method in its MIME type, is what makes Outlook and Gmail show the
/// invitation with Accept/Decline. And once as an attachment "invite.ics" of type application/ics for clients that only
/// import files. (SendGrid refuses ';' in an attachment's type, so attachment types are sent without parameters; it
/// encodes the calendar content part as quoted-printable, which the clients read.)
/// </remarks>
internal static class SendGridRequest
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The body is JSON sent to an API, never embedded in HTML: UTF-8 as is, not \u-escaped Vietnamese.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(IReadOnlyList<OutgoingEmail> batch, EmailOptions sender, bool sandboxMode)
    {
        var first = batch[0];
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("personalizations");
            foreach (var email in batch)
            {
                WritePersonalization(json, email);
            }

            json.WriteEndArray();
            WriteAddress(json, "from", sender.FromAddress, sender.FromName);
            if (first.ReplyTo is { } replyTo)
            {
                WriteAddress(json, "reply_to", replyTo.Address, replyTo.Name);
            }
            else if (!string.IsNullOrWhiteSpace(sender.ReplyToAddress))
            {
                WriteAddress(json, "reply_to", sender.ReplyToAddress, sender.ReplyToName);
            }

            json.WriteString("subject", first.Subject);
            WriteContent(json, first);
            WriteAttachments(json, first.Attachments);
            if (sandboxMode)
            {
                json.WriteStartObject("mail_settings");
                json.WriteStartObject("sandbox_mode");
                json.WriteBoolean("enable", true);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WritePersonalization(Utf8JsonWriter json, OutgoingEmail email)
    {
        json.WriteStartObject();
        json.WriteStartArray("to");
        WriteAddressObject(json, email.To.Address, email.To.Name);
        json.WriteEndArray();
        if (email.Substitutions.Count > 0)
        {
            json.WriteStartObject("substitutions");
            foreach (var (key, value) in email.Substitutions)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        json.WriteStartObject("custom_args");
        foreach (var (key, value) in email.CustomArgs)
        {
            if (key != EmailCustomArgs.EmailKey)
            {
                json.WriteString(key, value);
            }
        }

        json.WriteString(EmailCustomArgs.EmailKey, email.IdempotencyKey);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter json, OutgoingEmail email)
    {
        // SendGrid wants text/plain first, then text/html, then any other type.
        json.WriteStartArray("content");
        if (!string.IsNullOrEmpty(email.Text))
        {
            WriteContentPart(json, "text/plain", email.Text);
        }

        if (!string.IsNullOrEmpty(email.Html))
        {
            WriteContentPart(json, "text/html", email.Html);
        }

        foreach (var attachment in email.Attachments)
        {
            if (CalendarMethodOf(attachment) is { } method)
            {
                WriteContentPart(json, $"text/calendar; method={method}", Encoding.UTF8.GetString(attachment.Content));
            }
        }

        json.WriteEndArray();
    }

    private static void WriteAttachments(Utf8JsonWriter json, IReadOnlyList<EmailAttachment> attachments)
    {
        if (attachments.Count == 0)
        {
            return;
        }

        json.WriteStartArray("attachments");
        foreach (var attachment in attachments)
        {
            json.WriteStartObject();
            json.WriteBase64String("content", attachment.Content);
            json.WriteString("type", CalendarMethodOf(attachment) is null ? attachment.MediaType : "application/ics");
            json.WriteString("filename", attachment.FileName);
            json.WriteString("disposition", "attachment");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>"REQUEST" or "CANCEL" for a calendar attachment that names its iTIP method; null otherwise.</summary>
    internal static string? CalendarMethodOf(EmailAttachment attachment) =>
        attachment.MediaType == "text/calendar" && attachment.Parameter("method") is { Length: > 0 } method
            ? method.ToUpperInvariant()
            : null;

    private static void WriteContentPart(Utf8JsonWriter json, string type, string value)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    private static void WriteAddress(Utf8JsonWriter json, string property, string address, string? name)
    {
        json.WritePropertyName(property);
        WriteAddressObject(json, address, name);
    }

    private static void WriteAddressObject(Utf8JsonWriter json, string address, string? name)
    {
        json.WriteStartObject();
        json.WriteString("email", address.Trim());
        if (!string.IsNullOrWhiteSpace(name))
        {
            // SendGrid puts the name into the To/From header as it is; one with ',' or ';' ("Thường trực HĐND các xã,
            // thị trấn") would split into two addresses there, so it is quoted, as SendGrid's own PHP library does.
            var trimmed = name.Trim().Replace("\"", string.Empty, StringComparison.Ordinal);
            json.WriteString("name", trimmed.AsSpan().IndexOfAny(",;") >= 0 ? $"\"{trimmed}\"" : trimmed);
        }

        json.WriteEndObject();
    }
}
