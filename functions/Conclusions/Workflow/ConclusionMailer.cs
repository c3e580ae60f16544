using System.Security.Cryptography;
using System.Text;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Email;
using HdndWorkflow.Functions.Conclusions.Documents;
using HdndWorkflow.Functions.Conclusions.Drafting;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Links;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>
/// The conclusion's e-mails: reminders to record the outcome (organizers), review requests and reminders (approvers),
/// escalation (the chair), refusals with the comments (organizers) and the published notice (its recipients, HTML and
/// PDF attached). Every e-mail's key is (conclusion and recipient, purpose, round or revision), so running a mailing
/// again sends nothing twice; a mailing about a review that has since been decided sends nothing.
/// </summary>
internal sealed class ConclusionMailer(
    ConclusionStore store, CouncilContacts contacts, IEmailSender sender, PublicLinks links, ILogger<ConclusionMailer> logger)
{
    public const string NoticePurpose = "notice";

    public async Task<int> SendAsync(ConclusionMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var (conclusion, _) = await store.GetAsync(mail.Conclusion.CouncilId, mail.Conclusion.ConferenceId, cancellationToken)
            ?? throw new InvalidOperationException($"Conclusion {mail.Conclusion.Conference} does not exist.");
        var review = conclusion.Review is { } r && r.Round == mail.Round ? r : null;
        var page = links.For(ConclusionPaths.Review(conclusion.Conference));
        var (purpose, revision, recipients, letter) = mail.Kind switch
        {
            ConclusionMailKind.OutcomeReminder when conclusion.Outcome is null =>
                ($"outcome-reminder-{mail.Number}", 0, Organizers(conclusion), OutcomeReminder(conclusion, page)),
            ConclusionMailKind.ReviewRequest when review is not null =>
                ("review-request", mail.Round, Approvers(conclusion), ReviewRequest(conclusion, review, page)),
            ConclusionMailKind.ReviewReminder when review is not null =>
                ($"review-reminder-{mail.Number}", mail.Round, Approvers(conclusion), ReviewReminder(conclusion, review, page)),
            ConclusionMailKind.Escalation when review is not null =>
                ("review-escalation", mail.Round, Chair(conclusion), Escalation(conclusion, review, page)),
            ConclusionMailKind.Refusal when conclusion.Decision is { Accepted: false } d && d.Round == mail.Round =>
                ("review-refusal", mail.Round, Organizers(conclusion), Refusal(conclusion, d, page)),
            _ => (string.Empty, 0, new List<Recipient>(), (ConclusionLetter?)null),
        };
        if (letter is null || recipients.Count == 0)
        {
            return 0;
        }

        var emails = recipients.Select(to => Email(conclusion.Conference, to, purpose, revision, letter with { Greeting = $"Kính gửi đồng chí {to.Name}," }, [])).ToList();
        var result = await sender.SendAsync(emails, cancellationToken);
        logger.ConclusionMailSent(conclusion.Conference.Value, purpose, result.Sent, emails.Count);
        return result.Sent;
    }

    /// <summary>The published notice to each recipient with an address, once per version of the notice.</summary>
    public async Task<(int Sent, int Recipients)> SendNoticeAsync(Conclusion conclusion, PublishedArticle published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        ArgumentNullException.ThrowIfNull(published);
        var recipients = contacts.NoticeRecipients(conclusion.Council);
        if (recipients.Count == 0 || published.IsWithdrawn)
        {
            return (0, recipients.Count);
        }

        var notice = published.Notice;
        var corrected = published.Corrections.Any(c => c.Revision == published.NoticeRevision);
        var file = $"thong-bao-{published.NumberSymbol.Replace('/', '-')}";
        EmailAttachment[] attachments =
        [
            new($"{file}.pdf", "application/pdf", NoticePdf.Render(notice)),
            new($"{file}.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(NoticeHtml.Render(notice))),
        ];
        var letter = new ConclusionLetter(
            $"{(corrected ? "Đính chính: " : string.Empty)}Thông báo số {published.NumberSymbol} – {notice.Summary}",
            string.Empty,
            [
                $"{string.Join(" ", notice.BodyLines)} trân trọng gửi Thông báo số {published.NumberSymbol} ({notice.PlaceAndDate}) {notice.Summary}.",
                corrected ? "Thông báo đã được đính chính; bản đính kèm thay cho bản đã gửi trước đây." : "Toàn văn thông báo được đính kèm (PDF và HTML).",
            ],
            links.For(ConclusionPaths.NoticePdf(conclusion.Conference)),
            "Tải thông báo");
        var emails = recipients
            .Select(r => Email(conclusion.Conference, new Recipient(r.Email!, r.Name), NoticePurpose, published.NoticeRevision, letter with { Greeting = $"Kính gửi: {r.Name}." }, attachments))
            .ToList();
        var result = await sender.SendAsync(emails, cancellationToken);
        return (result.Sent, emails.Count);
    }

    private ConclusionLetter OutcomeReminder(Conclusion c, Uri page) => new(
        $"Nhắc ghi nhận kết quả hội nghị: {c.Title}",
        string.Empty,
        [
            $"{c.Title} đã diễn ra ({ConclusionLetter.When(c.HeldAt)}) nhưng kết quả hội nghị chưa được ghi nhận, nên dự thảo bài viết và thông báo kết luận chưa thể soạn.",
            "Đề nghị đồng chí ghi nhận kết quả hội nghị: nội dung đánh giá, số liệu, đồng chí chủ trì kết luận, các kết luận và nhiệm vụ, tác giả bài viết.",
        ],
        page,
        "Ghi nhận kết quả hội nghị");

    private static ConclusionLetter ReviewRequest(Conclusion c, ReviewRequest review, Uri page) => new(
        ConclusionLetter.SubjectOf(review.Kind, c.Title),
        string.Empty,
        [
            $"Đồng chí {review.By.Name} đã trình {ConclusionLetter.Request(review)} của {c.Title} {ConclusionLetter.When(review.At)}.",
            .. review.Note is { } note ? [$"{(review.Kind == ReviewKind.Withdrawal ? "Lý do" : "Nội dung")}: {note}"] : Array.Empty<string>(),
            review.Kind == ReviewKind.Draft
                ? "Đề nghị đồng chí xem và duyệt, hoặc ghi ý kiến đề nghị chỉnh sửa."
                : "Đề nghị đồng chí xem và cho ý kiến đồng ý hoặc không đồng ý.",
        ],
        page,
        "Xem và duyệt");

    private static ConclusionLetter ReviewReminder(Conclusion c, ReviewRequest review, Uri page) =>
        ReviewRequest(c, review, page) with { Subject = $"Nhắc: {ConclusionLetter.SubjectOf(review.Kind, c.Title)}" };

    private ConclusionLetter Escalation(Conclusion c, ReviewRequest review, Uri page)
    {
        var approvers = string.Join(", ", contacts.Approvers(c.Council).Select(a => a.Name));
        return new(
            $"Việc duyệt đang chậm: {ConclusionLetter.SubjectOf(review.Kind, c.Title)}",
            string.Empty,
            [
                $"Đồng chí {review.By.Name} đã trình {ConclusionLetter.Request(review)} của {c.Title} {ConclusionLetter.When(review.At)}, đến nay chưa được duyệt.",
                $"Người duyệt: {(approvers.Length > 0 ? approvers : "chưa có")}. Kính báo cáo đồng chí để chỉ đạo.",
            ],
            page,
            "Xem hồ sơ");
    }

    private static ConclusionLetter Refusal(Conclusion c, ReviewDecision decision, Uri page) => new(
        decision.Kind switch
        {
            ReviewKind.Draft => $"Dự thảo kết luận cần chỉnh sửa: {c.Title}",
            ReviewKind.Correction => $"Đề nghị đính chính chưa được đồng ý: {c.Title}",
            _ => $"Đề nghị gỡ bài chưa được đồng ý: {c.Title}",
        },
        string.Empty,
        [
            decision.Kind == ReviewKind.Draft
                ? $"Đồng chí {decision.By.Name} đề nghị chỉnh sửa dự thảo kết luận của {c.Title} {ConclusionLetter.When(decision.At)}."
                : $"Đồng chí {decision.By.Name} chưa đồng ý đề nghị của {c.Title} {ConclusionLetter.When(decision.At)}.",
            $"Ý kiến: {decision.Comment}",
            .. decision.Kind == ReviewKind.Draft ? ["Sau khi chỉnh sửa, đề nghị đồng chí trình duyệt lại."] : Array.Empty<string>(),
        ],
        page,
        "Xem ý kiến");

    private List<Recipient> Organizers(Conclusion c) => [.. contacts.Organizers(c.Council).Select(u => new Recipient(u.Email, u.Name))];

    private List<Recipient> Approvers(Conclusion c) => [.. contacts.Approvers(c.Council).Select(u => new Recipient(u.Email, u.Name))];

    private List<Recipient> Chair(Conclusion c) => contacts.Chair(c.Council) is { Email.Length: > 0 } chair ? [new(chair.Email, chair.Name)] : [];

    private static OutgoingEmail Email(ConferenceId conference, Recipient to, string purpose, int revision, ConclusionLetter letter, IReadOnlyList<EmailAttachment> attachments)
    {
        // The key names the recipient by a digest of the address, never the address itself.
        var id = $"{conference}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(to.Email.Trim().ToUpperInvariant())))[..12]}";
        return new OutgoingEmail
        {
            IdempotencyKey = EmailKey.For(id, purpose, revision),
            To = new EmailRecipient(to.Email, to.Name),
            Subject = letter.Subject,
            Html = letter.Html,
            Text = letter.Text,
            Attachments = attachments,
            CustomArgs = EmailCustomArgs.For(id, purpose, revision),
        };
    }

    private sealed record Recipient(string Email, string Name);
}
