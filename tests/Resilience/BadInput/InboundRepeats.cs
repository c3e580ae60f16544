using HdndWorkflow.Testing;
using static HdndWorkflow.Resilience.BadInput.Requests;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Mails SendGrid's Inbound Parse posts again (it does, when an answer is late): a well-formed mail to a valid reply
/// address, then the same Message-ID again, as it was, with a text that says the opposite, and with the header folded;
/// and a mail without a Message-ID (known by a digest of its sender, subject, date and bodies) posted twice. A repeat
/// must be taken (else SendGrid keeps posting it), answered as a duplicate, and change nothing stored
/// (<see cref="BadCase.Repeated"/>).
/// </summary>
internal static class InboundRepeats
{
    private const string EntryPoint = "Inbound e-mail: the same mail posted again";

    public static IEnumerable<BadCase> All(BadWorld w, string inbound, Random random)
    {
        // Invitees the answer cases reach later too; the first one's address is corrected by the API's cases.
        var invitee = w.Invitees[^1];
        var id = EmailCases.MessageId("lap-lai", random);
        var accept = EmailCases.Mail(invitee.ReplyTo, id, "Trả lời: Giấy mời hội nghị", "Tôi xác nhận tham dự.");
        yield return Original("an answer", w, inbound, accept);
        yield return Repeat("the same answer again", w, inbound, accept);
        yield return Repeat("its Message-ID with a text that says the opposite", w, inbound,
            EmailCases.Mail(invitee.ReplyTo, id, "Trả lời: Giấy mời hội nghị", "Tôi xin phép vắng mặt vì trùng lịch công tác."));
        yield return Repeat("its Message-ID folded onto a second line, with spaces", w, inbound,
            [.. accept.Select(f => f.Name == "headers" ? (f.Name, f.Value.Replace("Message-ID: <", "Message-ID:\r\n   <", StringComparison.Ordinal)) : f)]);

        var unnamed = EmailCases.Mail(w.Invitees[^2].ReplyTo, null, "Trả lời: Giấy mời hội nghị", "Không tham dự được");
        yield return Original("an answer without a Message-ID", w, inbound, unnamed);
        yield return Repeat("the answer without a Message-ID again", w, inbound, unnamed);
    }

    // The first post: whatever the inbox makes of it; what a workflow does about it is done before the repeats.
    private static BadCase Original(string name, BadWorld w, string inbound, List<(string Name, string Value)> fields) =>
        new(EntryPoint, name, Refusal.Problem, w.Anonymous, Post(inbound, fields), Settles: true);

    private static BadCase Repeat(string name, BadWorld w, string inbound, List<(string Name, string Value)> fields) =>
        new(EntryPoint, name, Refusal.Problem, w.Anonymous, Post(inbound, fields), Repeated: true);

    private static Func<HttpRequestMessage> Post(string inbound, List<(string Name, string Value)> fields)
    {
        var body = MalformedForms.MultipartBody(fields, []);
        return () => Raw(HttpMethod.Post, inbound, body, MalformedForms.MultipartType);
    }
}
