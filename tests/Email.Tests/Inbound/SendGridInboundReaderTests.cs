using System.Net.Http.Headers;
using System.Text;
using HdndWorkflow.Email.Inbound;
using HdndWorkflow.Testing;
using Microsoft.AspNetCore.Http;

namespace HdndWorkflow.Email.Tests.Inbound;

/// <summary>SendGrid's Inbound Parse posts, built as SendGrid builds them (parsed mode), read into an <see cref="InboundEmail"/>.</summary>
public sealed class SendGridInboundReaderTests
{
    private static readonly InboundLimits Limits = new(MaxRequestBytes: 2 * 1024 * 1024, MaxFieldBytes: 64 * 1024, MaxCalendarBytes: 16 * 1024);

    static SendGridInboundReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Fields_envelope_headers_and_the_calendar_part_are_read_in_their_charsets()
    {
        using var post = new MultipartFormDataContent("----sendgrid");
        post.Add(Field("headers", "Received: by mx.sendgrid.net\r\nMessage-ID: <CAF=abc@mail.gmail.com>\r\nSubject: Re: Gi=?UTF-8?Q?y_m=E1=BB=9Di?=\r\nX-Long: first\r\n  folded\r\n", "utf-8"));
        post.Add(Field("from", "\"Nguyễn Văn An\" <an.nv@haiphu.gov.vn>", "utf-8"));
        post.Add(Field("to", "Văn phòng <tra-loi+abc@reply.hdnd.example.vn>", "utf-8"));
        post.Add(Field("subject", "Re: Giấy mời", "utf-8"));
        post.Add(Field("text", "Xác nhận tham dự", "windows-1258"));
        post.Add(Field("envelope", "{\"to\":[\"tra-loi+abc@reply.hdnd.example.vn\"],\"from\":\"an.nv@haiphu.gov.vn\"}", "utf-8"));
        post.Add(Field("charsets", "{\"to\":\"UTF-8\",\"subject\":\"UTF-8\",\"from\":\"UTF-8\",\"text\":\"windows-1258\"}", "utf-8"));
        post.Add(Field("attachment-info", "{\"attachment1\":{\"filename\":\"invite.ics\",\"type\":\"application/ics\"},\"attachment2\":{\"filename\":\"anh.jpg\",\"type\":\"image/jpeg\"}}", "utf-8"));
        post.Add(File("attachment1", "invite.ics", "application/ics", Encoding.UTF8.GetBytes(CalendarReplies.Gmail("u@h", 0, "an.nv@haiphu.gov.vn", "ACCEPTED", "tra-loi+abc@reply.hdnd.example.vn"))));
        post.Add(File("attachment2", "anh.jpg", "image/jpeg", new byte[200_000]));

        var email = Read(await ReadAsync(post));

        email.From.Should().Be("an.nv@haiphu.gov.vn");
        email.FromName.Should().Be("Nguyễn Văn An");
        email.Recipients.Should().Equal("tra-loi+abc@reply.hdnd.example.vn");
        email.Subject.Should().Be("Re: Giấy mời");
        email.Text.Should().Be("Xác nhận tham dự", "windows-1258 writes Vietnamese with combining tones; the text is composed again");
        email.Headers.MessageId.Should().Be("CAF=abc@mail.gmail.com");
        email.Headers["x-long"].Should().Be("first folded");
        email.MessageKey.Should().Be("id:CAF=abc@mail.gmail.com");
        email.Calendars.Should().ContainSingle("the photo is read past, the calendar kept");
        CalendarReply.Read(email.Calendars[0])!.Answer.Should().Be(CalendarAnswer.Accepted);
        email.IsAutomatic.Should().BeFalse();
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-replied")]
    [InlineData("X-Autoreply: yes")]
    [InlineData("Precedence: bulk")]
    [InlineData("Content-Type: multipart/report; report-type=delivery-status")]
    public async Task Automatic_mail_says_so(string header)
    {
        using var post = new MultipartFormDataContent("b") { Field("headers", header + "\r\nMessage-ID: <x@y>\r\n", "utf-8"), Field("from", "an@b.vn", "utf-8") };

        Read(await ReadAsync(post)).IsAutomatic.Should().BeTrue();
    }

    [Fact]
    public async Task A_mail_without_a_message_id_is_known_by_a_digest_of_its_content()
    {
        using var first = new MultipartFormDataContent("b") { Field("from", "an@b.vn", "utf-8"), Field("text", "Xác nhận", "utf-8") };
        using var again = new MultipartFormDataContent("c") { Field("text", "Xác nhận", "utf-8"), Field("from", "an@b.vn", "utf-8") };
        using var other = new MultipartFormDataContent("d") { Field("from", "an@b.vn", "utf-8"), Field("text", "Không", "utf-8") };

        var key = Read(await ReadAsync(first)).MessageKey;
        key.Should().StartWith("digest:");
        Read(await ReadAsync(again)).MessageKey.Should().Be(key);
        Read(await ReadAsync(other)).MessageKey.Should().NotBe(key);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    [InlineData(null)]
    public async Task Anything_but_multipart_form_data_with_a_boundary_is_415(string? contentType)
    {
        var result = await SendGridInboundReader.ReadAsync(Request("{}"u8.ToArray(), contentType), Limits, CancellationToken.None);

        result.Should().BeOfType<InboundReadResult.Refused>().Which.Status.Should().Be(StatusCodes.Status415UnsupportedMediaType);
    }

    [Fact]
    public async Task A_post_over_the_limit_is_413_whether_or_not_it_says_its_length()
    {
        using var post = new MultipartFormDataContent("b") { Field("from", "an@b.vn", "utf-8"), File("attachment1", "big.pdf", "application/pdf", new byte[3 * 1024 * 1024]) };
        var bytes = await post.ReadAsByteArrayAsync();

        var declared = Request(bytes, post.Headers.ContentType!.ToString());
        declared.ContentLength = bytes.Length;
        ((InboundReadResult.Refused)await SendGridInboundReader.ReadAsync(declared, Limits, CancellationToken.None)).Status.Should().Be(413);
        ((InboundReadResult.Refused)await SendGridInboundReader.ReadAsync(Request(bytes, post.Headers.ContentType!.ToString()), Limits, CancellationToken.None)).Status.Should().Be(413);
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\nan@b.vn")]
    [InlineData("garbage without any boundary")]
    [InlineData("--b\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n--b--\r\n")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nnothing else\r\n--b--\r\n")]
    public async Task A_malformed_or_foreign_post_is_400(string body)
    {
        var result = await SendGridInboundReader.ReadAsync(Request(Encoding.UTF8.GetBytes(body), "multipart/form-data; boundary=b"), Limits, CancellationToken.None);

        result.Should().BeOfType<InboundReadResult.Refused>().Which.Status.Should().Be(StatusCodes.Status400BadRequest);
    }

    [Fact]
    public async Task A_long_html_body_is_cut_at_the_field_limit_not_refused()
    {
        using var post = new MultipartFormDataContent("b") { Field("from", "an@b.vn", "utf-8"), Field("html", "<p>" + new string('x', 100_000) + "</p>", "utf-8") };

        Read(await ReadAsync(post)).Html.Length.Should().Be(Limits.MaxFieldBytes);
    }

    private static InboundEmail Read(InboundReadResult result) =>
        result.Should().BeOfType<InboundReadResult.Read>().Subject.Email;

    private static async Task<InboundReadResult> ReadAsync(MultipartFormDataContent post) =>
        await SendGridInboundReader.ReadAsync(Request(await post.ReadAsByteArrayAsync(), post.Headers.ContentType!.ToString()), Limits, CancellationToken.None);

    private static HttpRequest Request(byte[] body, string? contentType)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(body);
        return context.Request;
    }

    // A text field as SendGrid sends it: the bytes in the mail's own charset, no content type of its own.
    private static ByteArrayContent Field(string name, string value, string charset)
    {
        var encoding = Encoding.GetEncoding(charset);
        var text = charset == "windows-1258" ? Windows1258Form(value) : value;
        var content = new ByteArrayContent(encoding.GetBytes(text));
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{name}\"" };
        return content;
    }

    // How Windows-1258 writes Vietnamese: letters with circumflex, breve or horn precomposed, tones as combining marks.
    private static string Windows1258Form(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var written = new StringBuilder();
        foreach (var c in decomposed)
        {
            // NFD orders a dot below before the circumflex ("ậ" is a, dot below, circumflex): compose onto the letter.
            var letter = written.Length - 1;
            while (letter > 0 && char.GetUnicodeCategory(written[letter]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                letter--;
            }

            if (c is '\u0302' or '\u0306' or '\u031B' && letter >= 0)
            {
                written[letter] = (written[letter].ToString() + c).Normalize(NormalizationForm.FormC)[0];
            }
            else
            {
                written.Append(c);
            }
        }

        return written.ToString();
    }

    private static ByteArrayContent File(string name, string fileName, string type, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{name}\"", FileName = $"\"{fileName}\"" };
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
