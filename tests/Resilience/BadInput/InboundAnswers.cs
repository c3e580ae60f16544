using System.Globalization;
using System.Net;
using System.Text;
using HdndWorkflow.Testing;
using static HdndWorkflow.Resilience.BadInput.Requests;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Answers by e-mail as they reach SendGrid's Inbound Parse: well-formed posts to the VALID reply address of an
/// invitation of the invited conference (each its own message, spread over the invitations), whose content is
/// mangled. Text and HTML bodies: answer words in Vietnamese with and without diacritics, mixed and contradictory,
/// huge, with control characters, below a quoted previous mail or only inside it, only in HTML. Calendar REPLY
/// attachments: PARTSTAT mangled, the UID wrong, the ATTENDEE wrong, the SEQUENCE wrong, the object truncated, not
/// UTF-8, folded, doubled. Whatever the inbox makes of them (an answer recorded, a question queued for the organizer,
/// nothing), only that invitation may change.
/// </summary>
internal static class InboundAnswers
{
    private const string EntryPoint = "Inbound e-mail: answers to a reply address";

    private static readonly string[] Words =
    [
        "Tôi xác nhận tham dự.", "toi xac nhan tham du", "Tôi xin phép vắng mặt vì trùng lịch công tác.", "xin phep vang mat", "Có", "Không",
        "Đồng ý tham dự", "dong y tham du", "TÔI SẼ THAM DỰ", "Không tham dự được", "khong tham du duoc", "Tôi có thể tham dự, nhưng chưa chắc",
        "Tham du, nhưng có thể vắng", "Chưa chắc, sẽ báo lại sau", "Tôi cử đồng chí Lê Văn Phó, Phó Chủ tịch, đi thay.",
        "Tham dự".Normalize(NormalizationForm.FormD), "Tham\u200Bdự", "tHaM dỰ", "Tham dự. Không tham dự.", "Sẽ đến ạ",
    ];

    private static readonly (string Name, Func<string, (string Text, string? Html)> Body)[] Bodies =
    [
        ("as it is", w => (w, null)),
        ("above the previous mail quoted", w => (w + Quoted, null)),
        ("only inside the quote", w => (Quoted.Replace("Kính mời", w + "\r\n> Kính mời", StringComparison.Ordinal), null)),
        ("below an Outlook header", w => ("\r\n-----Original Message-----\r\nFrom: HĐND tỉnh\r\n\r\n" + w, null)),
        ("with a signature", w => (w + "\r\n-- \r\nNguyễn Văn A\r\nChủ tịch HĐND xã", null)),
        ("with NUL and control characters", w => ("\0" + w.Replace(" ", "\u0001 ", StringComparison.Ordinal) + "\u001b[31m\u007f", null)),
        ("with a bidi override", w => ("\u202E" + w + "\u202C", null)),
        ("200,000 characters", w => (string.Concat(Enumerable.Repeat(w + " ", 200_000 / (w.Length + 1))), null)),
        ("with bare CR line ends", w => (w + "\rKính gửi\r\r" + w, null)),
        ("only in HTML", w => (string.Empty, $"<html><body><p>{WebUtility.HtmlEncode(w)}</p><blockquote>Kính mời đồng chí tham dự.</blockquote></body></html>")),
        ("only in broken HTML", w => (string.Empty, $"<p><b>{w}<script>alert('Không')</script><div")),
        ("in HTML entities", w => (string.Empty, "<p>" + string.Concat(w.Select(c => c > 127 ? $"&#{(int)c};" : c.ToString())) + "</p>")),
        ("with HTML that says the opposite", w => (w, "<p>Không tham dự</p>")),
        ("in upper case without diacritics", w => (Plain(w).ToUpperInvariant(), null)),
        ("empty", _ => (string.Empty, string.Empty)),
    ];

    private static readonly string[] Subjects =
    [
        "Trả lời: Giấy mời hội nghị", "Re: Giấy mời hội nghị", "Tham dự", "khong tham du", string.Empty, "RE: RE: Fwd: " + new string('ệ', 2_000), "Tự động trả lời: Vắng mặt",
    ];

    private static readonly string[] Charsets = ["UTF-8", "UTF-8", "UTF-8", "windows-1258", "x-khong-co"];

    private static readonly string[] PartStats =
    [
        "ACCEPTED", "DECLINED", "TENTATIVE", "ACCEPTED", "DECLINED", "accepted", "Tentative", "NEEDS-ACTION", "DELEGATED", string.Empty, "ACCEPTED,DECLINED", "\"DECLINED\"",
        "ACCEPTÉ", new string('A', 5_000),
    ];

    private static readonly string[] Sequences = ["SEQUENCE:100\r\n", "SEQUENCE:100\r\n", string.Empty, "SEQUENCE:0\r\n", "SEQUENCE:-1\r\n", "SEQUENCE:99999999999999\r\n", "SEQUENCE:abc\r\n"];

    // What is done to the whole calendar object, after the values are chosen.
    private static readonly (string Name, Func<string, Random, byte[]> Bytes)[] Shapes =
    [
        ("as it is", (ics, _) => Encoding.UTF8.GetBytes(ics)),
        ("as it is", (ics, _) => Encoding.UTF8.GetBytes(ics)),
        ("as it is", (ics, _) => Encoding.UTF8.GetBytes(ics)),
        ("truncated", (ics, random) => Encoding.UTF8.GetBytes(ics)[..random.Next(1, Encoding.UTF8.GetByteCount(ics))]),
        ("a REQUEST, not a REPLY", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace("METHOD:REPLY", "METHOD:REQUEST", StringComparison.Ordinal))),
        ("without METHOD", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace("METHOD:REPLY\r\n", string.Empty, StringComparison.Ordinal))),
        ("without its END lines", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace("END:VEVENT\r\nEND:VCALENDAR\r\n", string.Empty, StringComparison.Ordinal))),
        ("with LF line ends", (ics, _) => Encoding.UTF8.GetBytes(ics.ReplaceLineEndings("\n"))),
        ("folded every 13 bytes", (ics, _) => Folded(Encoding.UTF8.GetBytes(ics))),
        ("in windows-1258 (not UTF-8)", (ics, _) => Windows1258().GetBytes(ics)),
        ("in UTF-16", (ics, _) => Encoding.Unicode.GetBytes(ics)),
        ("with a byte-order mark", (ics, _) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(ics)]),
        ("with invalid UTF-8 bytes in CN", (ics, _) => [.. Encoding.UTF8.GetBytes(ics[..ics.IndexOf(";PARTSTAT", StringComparison.Ordinal)]), 0xFF, 0xFE, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(ics[ics.IndexOf(";PARTSTAT", StringComparison.Ordinal)..])]),
        ("with a second event that says the opposite", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace("END:VEVENT", "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:x@hdndworkflow\r\nATTENDEE;PARTSTAT=DECLINED:mailto:x@sai.example.vn\r\nEND:VEVENT", StringComparison.Ordinal))),
        ("with a second ATTENDEE line", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace("SUMMARY", "ATTENDEE;PARTSTAT=DECLINED:mailto:khac@sai.example.vn\r\nSUMMARY", StringComparison.Ordinal))),
        ("with 1 MB of unknown properties", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace("SUMMARY", string.Concat(Enumerable.Repeat("X-RAC:" + new string('x', 990) + "\r\n", 1_000)) + "SUMMARY", StringComparison.Ordinal))),
        ("with a parameter never closed", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace(";CN=Đại biểu", ";CN=\"Đại biểu", StringComparison.Ordinal))),
        ("with a VALARM never ended", (ics, _) => Encoding.UTF8.GetBytes(ics.Replace("SUMMARY", "BEGIN:VALARM\r\nSUMMARY", StringComparison.Ordinal))),
    ];

    private static readonly string[] AttachmentTypes = ["text/calendar; method=REPLY; charset=UTF-8", "application/ics", "text/calendar", "application/octet-stream"];

    private const string Quoted = "\r\n\r\nVào 09:00 ngày 05/12/2026, HĐND tỉnh Quảng Trị <hdnd@example.vn> đã viết:\r\n> Kính mời đồng chí tham dự hội nghị.\r\n> Xin vui lòng trả lời: tham dự hoặc không tham dự.\r\n";

    public static IEnumerable<BadCase> All(BadWorld w, string inbound, int count, Random random)
    {
        // The first invitee's address is corrected by the API's cases: the others keep the address their calendar names.
        var invitees = w.Invitees.Skip(1).ToList();
        for (var i = 0; i < count; i++)
        {
            var invitee = invitees[i % invitees.Count];
            var word = Words[random.Next(Words.Length)];
            var (how, body) = Bodies[random.Next(Bodies.Length)];
            var subject = Subjects[random.Next(Subjects.Length)];
            var charset = Charsets[random.Next(Charsets.Length)];
            var (text, html) = body(word);
            var fields = EmailCases.Mail(invitee.ReplyTo, EmailCases.MessageId("tra-loi", random), subject, text, html, textCharset: charset);
            yield return Case($"text \"{ApiCases.Short(word)}\" {how}, subject \"{ApiCases.Short(subject)}\", text in {charset}", w, inbound, MalformedForms.MultipartBody(fields, []));
        }

        for (var i = 0; i < count; i++)
        {
            var invitee = invitees[i % invitees.Count];
            var other = invitees[(i + 1) % invitees.Count];
            (string Name, string Value)[] uids =
            [
                ("its UID", Uid(w.Inviting)), ("its UID", Uid(w.Inviting)), ("its UID", Uid(w.Inviting)), ("a UID of no conference", Uid(Guid.NewGuid())),
                ("the held conference's UID", Uid(w.Held)), ("its UID in upper case", Uid(w.Inviting).ToUpperInvariant()), ("its UID with spaces", $" {Uid(w.Inviting)} "),
                ("an empty UID", string.Empty), ("a 10,000-character UID", new string('u', 10_000)),
            ];
            (string Name, string Value)[] attendees =
            [
                ("its attendee", invitee.Email), ("its attendee", invitee.Email), ("its attendee", invitee.Email), ("another invitee", other.Email),
                ("its attendee in upper case", invitee.Email.ToUpperInvariant()), ("no attendee address", string.Empty), ("an attendee that is no address", "khong-phai-dia-chi"),
                ("an attendee with two @", "a@b@sai.example.vn"), ("an attendee percent-encoded", Uri.EscapeDataString(invitee.Email).Replace(".", "%2E", StringComparison.Ordinal)),
                ("a 3,000-character attendee", new string('a', 3_000) + "@sai.example.vn"),
            ];
            var uid = uids[random.Next(uids.Length)];
            var attendee = attendees[random.Next(attendees.Length)];
            var partStat = PartStats[random.Next(PartStats.Length)];
            var sequence = Sequences[random.Next(Sequences.Length)];
            var (shape, bytes) = Shapes[random.Next(Shapes.Length)];
            var type = AttachmentTypes[random.Next(AttachmentTypes.Length)];
            var ics = $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261215T010000Z\r\n" +
                $"DTSTAMP:20261205T010000Z\r\nORGANIZER;CN=HĐND tỉnh:mailto:hdnd@example.vn\r\nUID:{uid.Value}\r\n{sequence}ATTENDEE;CN=Đại biểu;PARTSTAT={partStat}:mailto:{attendee.Value}\r\n" +
                "SUMMARY:Hội nghị giao ban\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
            var fields = EmailCases.Mail(invitee.ReplyTo, EmailCases.MessageId("tra-loi", random), "Đã chấp nhận: Hội nghị giao ban", "Đại biểu đã trả lời lời mời.", calendar: true);
            var name = $"calendar PARTSTAT={ApiCases.Short(partStat)}, {uid.Name}, {attendee.Name}, {(sequence.Length == 0 ? "no SEQUENCE" : sequence.TrimEnd())}, {shape}, as {type}";
            yield return Case(name, w, inbound, MalformedForms.MultipartBody(fields, [("attachment1", bytes(ics, random), "invite.ics", type)]));
        }
    }

    private static BadCase Case(string name, BadWorld w, string inbound, byte[] body) =>
        new(EntryPoint, name, Refusal.Problem, w.Anonymous, () => Raw(HttpMethod.Post, inbound, body, MalformedForms.MultipartType));

    private static string Uid(Guid conference) => $"{conference:D}@hdndworkflow";

    private static string Plain(string text) =>
        new([.. text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).Select(c => c is 'đ' ? 'd' : c is 'Đ' ? 'D' : c)]);

    // Lines folded as RFC 5545 allows (CRLF and a space), but every 13 bytes: inside UTF-8 sequences too.
    private static byte[] Folded(byte[] ics) => [.. ics.Chunk(13).SelectMany((chunk, i) => i == 0 ? chunk : [.. "\r\n "u8, .. chunk])];

    private static Encoding Windows1258()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    }
}
