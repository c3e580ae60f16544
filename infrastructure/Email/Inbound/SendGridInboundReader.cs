using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace HdndWorkflow.Email.Inbound;

/// <summary>
/// Reads a SendGrid Inbound Parse post (multipart/form-data, "parsed" mode): the fields from, to, cc, subject, text,
/// html, headers, envelope and charsets, and the attachments, of which only the calendar parts are kept. Each text
/// field is decoded in the character set SendGrid names for it in "charsets" (a Vietnamese mail in windows-1258 stays
/// readable). The body is read as a stream, section by section, within <see cref="InboundLimits"/>: a large photo
/// attached to a reply is read past, not held. Bad input is a <see cref="InboundReadResult.Refused"/> with a 4xx status.
/// </summary>
public static class SendGridInboundReader
{
    private static readonly string[] TextFields = ["from", "to", "cc", "subject", "text", "html", "headers", "envelope", "charsets"];

    static SendGridInboundReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<InboundReadResult> ReadAsync(HttpRequest request, InboundLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return new InboundReadResult.Refused(StatusCodes.Status415UnsupportedMediaType, "Expected multipart/form-data with a boundary.");
        }

        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return new InboundReadResult.Refused(StatusCodes.Status413PayloadTooLarge, "The post is larger than the limit.");
        }

        var fields = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var calendars = new List<byte[]>();
        long total = 0;
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 32, HeadersLengthLimit = 16 * 1024 };
            for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return new InboundReadResult.Refused(StatusCodes.Status400BadRequest, "A part has no form-data disposition.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                var isFile = disposition.FileName.HasValue || disposition.FileNameStar.HasValue;
                var keep = isFile
                    ? (IsCalendar(section.ContentType, (HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty)) ? limits.MaxCalendarBytes : 0)
                    : (TextFields.Contains(name, StringComparer.OrdinalIgnoreCase) ? limits.MaxFieldBytes : 0);
                var (bytes, length) = await ReadAsync(section.Body, keep, cancellationToken);
                total += length;
                if (total > limits.MaxRequestBytes)
                {
                    return new InboundReadResult.Refused(StatusCodes.Status413PayloadTooLarge, "The post is larger than the limit.");
                }

                if (isFile && keep > 0 && length <= limits.MaxCalendarBytes)
                {
                    calendars.Add(bytes);
                }
                else if (!isFile && keep > 0)
                {
                    fields.TryAdd(name, bytes);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or BadHttpRequestException)
        {
            return e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? new InboundReadResult.Refused(StatusCodes.Status413PayloadTooLarge, "The post is larger than the limit.")
                : new InboundReadResult.Refused(StatusCodes.Status400BadRequest, "The multipart body is malformed.");
        }

        return Build(fields, calendars);
    }

    private static InboundReadResult Build(Dictionary<string, byte[]> fields, List<byte[]> calendars)
    {
        var charsets = ReadCharsets(fields.GetValueOrDefault("charsets"));
        string Field(string name) => fields.TryGetValue(name, out var bytes) ? Decode(bytes, charsets.GetValueOrDefault(name)) : string.Empty;

        var headers = MailHeaders.Parse(Field("headers"));
        var (from, fromName) = MailHeaders.Addresses(Field("from")).FirstOrDefault();
        if (from is null && !fields.ContainsKey("headers"))
        {
            return new InboundReadResult.Refused(StatusCodes.Status400BadRequest, "The post has neither a sender nor headers: not an Inbound Parse post.");
        }

        var recipients = EnvelopeRecipients(Field("envelope"))
            .Concat(MailHeaders.Addresses(Field("to")).Select(a => a.Address))
            .Concat(MailHeaders.Addresses(Field("cc")).Select(a => a.Address))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new InboundReadResult.Read(new InboundEmail(
            from ?? string.Empty, fromName, recipients, Field("subject"), Field("text"), Field("html"), headers, calendars));
    }

    // The part's bytes up to keep (the rest read and dropped), and how many there were.
    private static async Task<(byte[] Bytes, long Length)> ReadAsync(Stream body, int keep, CancellationToken cancellationToken)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var room = (int)Math.Max(0, Math.Min(read, keep - kept.Length));
            kept.Write(buffer, 0, room);
            length += read;
        }

        return (kept.ToArray(), length);
    }

    private static bool IsCalendar(string? contentType, string fileName)
    {
        var type = contentType?.Split(';', 2)[0].Trim() ?? string.Empty;
        return type.Equals("text/calendar", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/ics", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".ics", StringComparison.OrdinalIgnoreCase);
    }

    // {"to":"UTF-8","subject":"UTF-8","text":"windows-1258",…}; anything unreadable means UTF-8.
    private static Dictionary<string, string> ReadCharsets(byte[]? json)
    {
        var charsets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (json is null)
        {
            return charsets;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    charsets[property.Name] = property.Value.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // A mangled charsets field: every field is read as UTF-8.
        }

        return charsets;
    }

    private static string Decode(byte[] bytes, string? charset)
    {
        Encoding encoding;
        try
        {
            encoding = string.IsNullOrWhiteSpace(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset.Trim());
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }

        return encoding.GetString(bytes).Normalize(NormalizationForm.FormC);
    }

    // {"to":["tra-loi+…@reply.example.vn"],"from":"a@b.vn"}: where SendGrid actually delivered the mail.
    private static IEnumerable<string> EnvelopeRecipients(string envelope)
    {
        if (string.IsNullOrWhiteSpace(envelope))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(envelope);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("to", out var to) && to.ValueKind == JsonValueKind.Array
                ? [.. to.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>What <see cref="SendGridInboundReader.ReadAsync"/> made of a post.</summary>
public abstract record InboundReadResult
{
    private InboundReadResult()
    {
    }

    public sealed record Read(InboundEmail Email) : InboundReadResult;

    /// <summary>Not a post to accept: the status to answer (400, 413, 415) and why, for the log and the problem details.</summary>
    public sealed record Refused(int Status, string Reason) : InboundReadResult;
}
