using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace HdndWorkflow.Functions.Tests.Inbound;

/// <summary>
/// A post as SendGrid's Inbound Parse makes it (parsed mode): headers with a Message-ID, from, to, subject, text,
/// envelope, charsets, and attachments with their attachment-info.
/// </summary>
public sealed record InboundPost(string From, string To, string Subject, string Text)
{
    public string MessageId { get; init; } = $"<{Guid.NewGuid():N}@mail.example.vn>";

    public string? Html { get; init; }

    public string ExtraHeaders { get; init; } = string.Empty;

    /// <summary>An iCalendar part, attached as Gmail attaches its invite.ics.</summary>
    public string? Calendar { get; init; }

    public MultipartFormDataContent ToContent()
    {
        var content = new MultipartFormDataContent("xYzZY");
        content.Add(Field("headers", $"Received: by mx.sendgrid.net\r\nMessage-ID: {MessageId}\r\nFrom: {From}\r\nTo: {To}\r\nSubject: {Subject}\r\n{ExtraHeaders}"));
        content.Add(Field("dkim", "{@example.vn : pass}"));
        content.Add(Field("to", To));
        content.Add(Field("from", From));
        content.Add(Field("subject", Subject));
        content.Add(Field("text", Text));
        if (Html is not null)
        {
            content.Add(Field("html", Html));
        }

        content.Add(Field("sender_ip", "203.0.113.7"));
        content.Add(Field("envelope", JsonSerializer.Serialize(new { to = new[] { To }, from = From })));
        content.Add(Field("charsets", "{\"to\":\"UTF-8\",\"html\":\"UTF-8\",\"subject\":\"UTF-8\",\"from\":\"UTF-8\",\"text\":\"UTF-8\"}"));
        content.Add(Field("SPF", "pass"));
        content.Add(Field("attachments", Calendar is null ? "0" : "1"));
        if (Calendar is not null)
        {
            content.Add(Field("attachment-info", "{\"attachment1\":{\"filename\":\"invite.ics\",\"name\":\"invite.ics\",\"type\":\"application/ics\"}}"));
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Calendar));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/ics");
            content.Add(file, "attachment1", "invite.ics");
        }

        return content;
    }

    private static StringContent Field(string name, string value)
    {
        var field = new StringContent(value, Encoding.UTF8);
        field.Headers.ContentType = null;
        field.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{name}\"" };
        return field;
    }
}
