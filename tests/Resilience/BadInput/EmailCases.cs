using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HdndWorkflow.Testing;
using static HdndWorkflow.Resilience.BadInput.Requests;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// The e-mail endpoints. SendGrid's Inbound Parse (<c>/api/inbound/sendgrid/{secret}</c>): its multipart post mangled
/// (<see cref="MalformedForms.Multipart"/>), sent to an invitee's reply address with a question (what the inbox keeps
/// for the organizer, never an answer), and wrong secrets and credentials. SendGrid's Event Webhook
/// (<c>/api/sendgrid/events</c>): malformed event lists signed with the key the app trusts, so that they pass the
/// signature and reach the parser, and well-formed ones with signatures and timestamps mangled.
/// </summary>
internal static class EmailCases
{
    public static IEnumerable<BadCase> All(BadWorld w, string inboundSecret, SignedEvents events, int mutations, Random random)
    {
        const string entryPoint = "Inbound e-mail (SendGrid Inbound Parse)";
        var calendar = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:khong-co@hdndworkflow\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:dai-bieu@sai.example.vn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var inbound = $"api/inbound/sendgrid/{inboundSecret}";
        for (var i = 0; i < mutations; i++)
        {
            // Each mail its own Message-ID, so that the inbox acts on every one rather than taking it for a repeat.
            var (name, body, type) = MalformedForms.Multipart(Question(w, random), [("attachment1", calendar, "invite.ics", "application/ics")], 1, random).Single();
            yield return new BadCase(entryPoint, name, Refusal.Problem, w.Anonymous, () => Raw(HttpMethod.Post, inbound, body, type));
        }

        foreach (var (name, path, body, type) in new (string, string, byte[], string?)[]
        {
            ("no secret", "api/inbound/sendgrid", Valid(w, random), "multipart/form-data; boundary=xYzZY"),
            ("a wrong secret", $"api/inbound/sendgrid/{inboundSecret[..^1]}x", Valid(w, random), "multipart/form-data; boundary=xYzZY"),
            ("a 5,000-character secret", $"api/inbound/sendgrid/{new string('s', 5_000)}", Valid(w, random), "multipart/form-data; boundary=xYzZY"),
            ("a NUL after the secret", $"{inbound}%00", Valid(w, random), "multipart/form-data; boundary=xYzZY"),
            ("as JSON", inbound, "{\"to\":\"x\"}"u8.ToArray(), "application/json"),
            ("without a content type", inbound, Valid(w, random), null),
            ("100 KB of zeros", inbound, new byte[100_000], "multipart/form-data; boundary=xYzZY"),
        })
        {
            yield return new BadCase(entryPoint, name, Refusal.Problem, w.Anonymous, () => Raw(HttpMethod.Post, path, body, type));
        }

        foreach (var header in new[] { "Basic %%%", "Basic " + new string('A', 4_000), "Basic " + Convert.ToBase64String("khong:dung"u8), "Bearer x", "Basic " + Convert.ToBase64String(new byte[] { 0, 0xFF }) })
        {
            var valid = Valid(w, random);
            yield return new BadCase(entryPoint, $"basic authentication {ApiCases.Short(header)}", Refusal.Problem, w.Anonymous, () =>
            {
                var request = Raw(HttpMethod.Post, "api/inbound/sendgrid", valid, "multipart/form-data; boundary=xYzZY");
                request.Headers.TryAddWithoutValidation("Authorization", header);
                return request;
            });
        }

        foreach (var c in InboundRepeats.All(w, inbound, random).Concat(InboundAnswers.All(w, inbound, mutations / 2, random)).Concat(Webhook(w, events, mutations, random)))
        {
            yield return c;
        }
    }

    /// <summary>
    /// A Message-ID of its own for a mail of the run (drawn from the seeded <paramref name="random"/>, so that a run
    /// repeats), so that no post is taken for a repeat of another: <c>{kind}-{16 hex digits}</c>.
    /// </summary>
    public static string MessageId(string kind, Random random) => string.Create(CultureInfo.InvariantCulture, $"{kind}-{random.NextInt64():x16}");

    /// <summary>
    /// The fields of an Inbound Parse post (parsed mode) of a mail from an invitee's colleague to <paramref name="to"/>;
    /// without a Message-ID header when <paramref name="messageId"/> is null (the inbox then knows it by a digest).
    /// </summary>
    public static List<(string Name, string Value)> Mail(string to, string? messageId, string subject, string text, string? html = null, bool calendar = false, string textCharset = "UTF-8")
    {
        List<(string Name, string Value)> fields =
        [
            ("headers", $"Received: by mx.sendgrid.net\r\n{(messageId is null ? string.Empty : $"Message-ID: <{messageId}@mail.example.vn>\r\n")}From: dai-bieu@sai.example.vn\r\nTo: {to}\r\nSubject: {subject}\r\n"),
            ("dkim", "{@example.vn : pass}"),
            ("to", to),
            ("from", "Đại biểu <dai-bieu@sai.example.vn>"),
            ("subject", subject),
            ("text", text),
        ];
        if (html is not null)
        {
            fields.Add(("html", html));
        }

        fields.AddRange(
        [
            ("sender_ip", "203.0.113.7"),
            ("envelope", JsonSerializer.Serialize(new { to = new[] { to }, from = "dai-bieu@sai.example.vn" })),
            ("charsets", $"{{\"to\":\"UTF-8\",\"subject\":\"UTF-8\",\"from\":\"UTF-8\",\"text\":\"{textCharset}\",\"html\":\"UTF-8\"}}"),
            ("SPF", "pass"),
            ("attachments", calendar ? "1" : "0"),
        ]);
        if (calendar)
        {
            fields.Add(("attachment-info", "{\"attachment1\":{\"filename\":\"invite.ics\",\"name\":\"invite.ics\",\"type\":\"application/ics\"}}"));
        }

        return fields;
    }

    // A question from a colleague of the first invitee to its reply address (what the inbox keeps for the organizer).
    private static List<(string Name, string Value)> Question(BadWorld w, Random random) =>
        Mail(w.Invitees[0].ReplyTo, MessageId("hoi", random), "Hỏi về hội nghị", "Cho tôi hỏi hội nghị có chỗ gửi xe ô tô không?", calendar: true);

    private static byte[] Valid(BadWorld w, Random random) => MalformedForms.MultipartBody(Question(w, random), []);

    private static IEnumerable<BadCase> Webhook(BadWorld w, SignedEvents events, int mutations, Random random)
    {
        const string entryPoint = "SendGrid Event Webhook";
        var valid = JsonNode.Parse(SignedEvents.Bounce("sai-" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), w.Inviting.ToString(), DateTimeOffset.UtcNow))!;
        foreach (var (name, body) in MalformedBodies.Unreadable.Concat(MalformedBodies.Mutations(valid, mutations, random)))
        {
            // Signed as SendGrid signs: the body must then be read, and the parser refuse it or find nothing to do.
            var text = Encoding.UTF8.GetString(body);
            yield return new BadCase(entryPoint, $"signed: {name}", Refusal.Problem, w.Anonymous, () => events.Request(text, DateTimeOffset.UtcNow));
        }

        var good = valid.ToJsonString();
        (string Name, Func<HttpRequestMessage> Request)[] unsigned =
        [
            ("unsigned", () => Raw(HttpMethod.Post, "api/sendgrid/events", Encoding.UTF8.GetBytes(good), "application/json")),
            ("signed an hour ago", () => events.Request(good, DateTimeOffset.UtcNow.AddHours(-1))),
            ("signed for next year", () => events.Request(good, DateTimeOffset.UtcNow.AddYears(1))),
            ("signature of another body", () => events.Request("[]", DateTimeOffset.UtcNow, sentBody: good)),
            ("signature not base64", () => Signed(good, "%%%", "1")),
            ("signature 20,000 characters", () => Signed(good, new string('A', 20_000), "1")),
            ("timestamp not a number", () => Signed(good, "MEUCIQ==", "yesterday")),
            ("timestamp beyond long", () => Signed(good, "MEUCIQ==", "99999999999999999999999")),
            ("timestamp negative", () => Signed(good, "MEUCIQ==", "-5")),
            ("invalid UTF-8 body", () => Raw(HttpMethod.Post, "api/sendgrid/events", [0x5B, 0xFF, 0x5D], "application/json")),
            ("5 MB body", () => Raw(HttpMethod.Post, "api/sendgrid/events", new byte[5_000_000], "application/json")),
            ("as a form", () => Raw(HttpMethod.Post, "api/sendgrid/events", Encoding.UTF8.GetBytes(good), MalformedForms.UrlEncoded)),
        ];
        foreach (var (name, request) in unsigned)
        {
            yield return new BadCase(entryPoint, name, Refusal.Problem, w.Anonymous, request);
        }
    }

    private static HttpRequestMessage Signed(string body, string signature, string timestamp)
    {
        var request = Raw(HttpMethod.Post, "api/sendgrid/events", Encoding.UTF8.GetBytes(body), "application/json");
        request.Headers.TryAddWithoutValidation("X-Twilio-Email-Event-Webhook-Signature", signature);
        request.Headers.TryAddWithoutValidation("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        return request;
    }
}
