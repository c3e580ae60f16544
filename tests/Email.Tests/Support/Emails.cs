using System.Globalization;
using System.Text;

namespace HdndWorkflow.Email.Tests.Support;

/// <summary>Test e-mails: reminders share a template (the link is a substitution); invitations carry a personal .ics.</summary>
public static class Emails
{
    public const string LinkKey = "-confirm-url-";

    public static string Address(int n) => string.Create(CultureInfo.InvariantCulture, $"daibieu{n}@example.vn");

    public static Uri Link(int n) => new(string.Create(CultureInfo.InvariantCulture, $"https://hdnd.example.vn/xac-nhan/tok{n:D6}secret"));

    /// <summary>A reminder: the same subject, bodies and no attachment for everyone; the link is a substitution.</summary>
    public static OutgoingEmail Reminder(int n, string run = "r") => new()
    {
        IdempotencyKey = EmailKey.For(InvitationId(n, run), EmailPurposes.Reminder(1), 0),
        To = new EmailRecipient(Address(n), string.Create(CultureInfo.InvariantCulture, $"Đại biểu số {n}")),
        Subject = "Nhắc xác nhận tham dự hội nghị",
        Html = $"<p>Kính gửi đồng chí,</p><p>Vui lòng <a href=\"{LinkKey}\">xác nhận tham dự</a>.</p>",
        Text = $"Kính gửi đồng chí,\nVui lòng xác nhận tham dự: {LinkKey}",
        CustomArgs = EmailCustomArgs.For(InvitationId(n, run), EmailPurposes.Reminder(1), 0),
        Substitutions = new Dictionary<string, string> { [LinkKey] = Link(n).AbsoluteUri },
    };

    /// <summary>An invitation with its own calendar part (the ATTENDEE differs per recipient).</summary>
    public static OutgoingEmail Invitation(int n, string run = "i", string method = "REQUEST") => new()
    {
        IdempotencyKey = EmailKey.For(InvitationId(n, run), EmailPurposes.Invitation, 0),
        To = new EmailRecipient(Address(n), string.Create(CultureInfo.InvariantCulture, $"Đại biểu số {n}")),
        Subject = "Giấy mời dự hội nghị",
        Html = $"<p>Trân trọng kính mời đồng chí tới dự.</p><p><a href=\"{Link(n)}\">Xác nhận tham dự</a></p>",
        Text = $"Trân trọng kính mời đồng chí tới dự.\nXác nhận tham dự: {Link(n)}",
        Attachments =
        [
            new EmailAttachment(
                "giay-moi.ics",
                $"text/calendar; method={method}",
                Encoding.UTF8.GetBytes($"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nATTENDEE;CN=Đại biểu {n}:mailto:{Address(n)}\r\nEND:VCALENDAR\r\n")),
        ],
        CustomArgs = EmailCustomArgs.For(InvitationId(n, run), EmailPurposes.Invitation, 0, ConferenceId),
    };

    public const string ConferenceId = "5d0c2c6e-4b8e-4a36-9f62-8a1f2b7c9d01";

    public static string InvitationId(int n, string run) => string.Create(CultureInfo.InvariantCulture, $"{run}-inv-{n:D5}");

    public static IReadOnlyList<OutgoingEmail> Reminders(int count, string run) =>
        [.. Enumerable.Range(1, count).Select(n => Reminder(n, run))];
}
