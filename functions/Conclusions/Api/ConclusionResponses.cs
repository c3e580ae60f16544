using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>
/// A conclusion as its organizers and approvers see it: status (Drafting, InReview, ChangesRequested, Approved,
/// Published, Withdrawn), the outcome, the latest revision's article and notice, the pending request and the latest
/// decision, the review comments, the number once allocated, and the links to its documents.
/// </summary>
public sealed record ConclusionResponse(
    Guid ConferenceId,
    string CouncilId,
    string Title,
    string Status,
    string StatusText,
    int Revision,
    int ApprovedRevision,
    int PublishedRevision,
    string? Number,
    string? IssuedOn,
    OutcomeInput? Outcome,
    DraftResponse? Draft,
    RequestResponse? Review,
    DecisionResponse? Decision,
    IReadOnlyList<CommentResponse> Comments,
    WithdrawalResponse? Withdrawal,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    ConclusionLinks Links)
{
    internal static ConclusionResponse From(ConclusionView view)
    {
        var c = view.Conclusion;
        var id = c.Conference;
        return new(
            id.Value,
            c.Council.Value,
            c.Title,
            c.Status.ToString(),
            Describe(c.Status),
            c.Revision,
            c.ApprovedRevision,
            c.PublishedRevision,
            c.Symbol,
            c.IssuedOn is { } d ? VietnameseFormat.Date(d) : null,
            c.Outcome is null ? null : OutcomeInput.From(c.Outcome),
            view.Current is { } r ? DraftResponse.From(r) : null,
            c.Review is { } q ? new RequestResponse(q.Round, q.Kind.ToString(), q.Revision, q.At.ToDateTimeOffset(), q.By.Name, q.Note) : null,
            c.Decision is { } x ? new DecisionResponse(x.Round, x.Kind.ToString(), x.Accepted, x.At.ToDateTimeOffset(), x.By.Name, x.Comment) : null,
            [.. view.Comments.Select(CommentResponse.From)],
            c.Withdrawal is { } w ? new WithdrawalResponse(w.At.ToDateTimeOffset(), w.RequestedBy.Name, w.ConsentedBy.Name, w.Reason) : null,
            c.PublishedAt?.ToDateTimeOffset(),
            c.UpdatedAt?.ToDateTimeOffset(),
            new ConclusionLinks(
                $"/api/conferences/{id}/conclusion",
                ConclusionPaths.Review(id),
                $"/api/conferences/{id}/conclusion/notice.html",
                $"/api/conferences/{id}/conclusion/notice.pdf",
                c.WasPublished ? ConclusionPaths.Article(id) : null));
    }

    /// <summary>The status in the council's words: the API's <c>statusText</c>, and the conclusion page's status line.</summary>
    internal static string Describe(ConclusionStatus status) => status switch
    {
        ConclusionStatus.Drafting => "Đang soạn",
        ConclusionStatus.InReview => "Chờ duyệt",
        ConclusionStatus.ChangesRequested => "Cần chỉnh sửa",
        ConclusionStatus.Approved => "Đã duyệt, đang đăng",
        ConclusionStatus.Published => "Đã đăng",
        _ => "Đã gỡ",
    };
}

/// <summary>A revision's article and notice (the notice's number and date blank until approval).</summary>
public sealed record DraftResponse(
    int Revision, string Kind, DateTimeOffset At, string By, string? Note, ArticleResponse Article, NoticeResponse Notice, OutcomeInput Outcome)
{
    internal static DraftResponse From(ConclusionRevision r) => new(
        r.Number, r.Kind.ToString(), r.At.ToDateTimeOffset(), r.By.Name, r.Note, ArticleResponse.From(r.Article), NoticeResponse.From(r.Notice), OutcomeInput.From(r.Outcome));
}

/// <summary>The article's parts, and its paragraphs in reading order (lead with attendance, body, conclusion, field visit).</summary>
public sealed record ArticleResponse(
    string Title, string DateLine, string Lead, string? Attendance, IReadOnlyList<string> Body, IReadOnlyList<string> Conclusion, string? FieldVisit,
    string Byline, IReadOnlyList<string> Paragraphs)
{
    internal static ArticleResponse From(ArticleDraft a) =>
        new(a.Title, a.DateLine, a.Lead, a.Attendance, a.Body, a.Conclusion, a.FieldVisit, a.Byline, a.Paragraphs);
}

/// <summary>The notice's parts, ready to print.</summary>
public sealed record NoticeResponse(
    IReadOnlyList<string> ParentLines,
    IReadOnlyList<string> BodyLines,
    string Number,
    string NationalTitle,
    string Motto,
    string PlaceAndDate,
    string DocumentType,
    string Summary,
    IReadOnlyList<string> Opening,
    IReadOnlyList<NoticeSectionBody> Sections,
    string Closing,
    IReadOnlyList<string> SignatureAuthority,
    string SignatureName,
    IReadOnlyList<string> Recipients)
{
    internal static NoticeResponse From(ConclusionNotice n) => new(
        n.ParentLines, n.BodyLines, n.Number, n.NationalTitle, n.Motto, n.PlaceAndDate, n.DocumentType, n.Summary, n.Opening,
        [.. n.Sections.Select(s => new NoticeSectionBody(s.Heading, s.Paragraphs))], n.Closing, n.Signature.Authority, n.Signature.Name,
        [n.RecipientsHeading, .. n.Recipients]);
}

public sealed record RequestResponse(int Round, string Kind, int Revision, DateTimeOffset At, string By, string? Note);

public sealed record DecisionResponse(int Round, string Kind, bool Accepted, DateTimeOffset At, string By, string? Comment);

public sealed record CommentResponse(int Sequence, int Round, string Kind, int Revision, bool Accepted, DateTimeOffset At, string By, string Text)
{
    internal static CommentResponse From(ReviewComment k) =>
        new(k.Sequence, k.Round, k.Kind.ToString(), k.Revision, k.Accepted, k.At.ToDateTimeOffset(), k.By.Name, k.Text);
}

public sealed record WithdrawalResponse(DateTimeOffset At, string RequestedBy, string ConsentedBy, string Reason);

/// <summary>Where the conclusion is: this resource, the page, the notice's documents, the public article once published.</summary>
public sealed record ConclusionLinks(string Self, string Page, string NoticeHtml, string NoticePdf, string? Article);

/// <summary>
/// One line of the timeline: the kind (invited, answered, held, outcomeRecorded, drafted, revised, submitted,
/// changesRequested, approved, numbered, published, correctionProposed, corrected, withdrawalRequested, withdrawn, …),
/// its Vietnamese label, when (UTC and as Vietnamese text), who, the revision and a detail.
/// </summary>
public sealed record TimelineEntry(int Sequence, string Kind, string Label, DateTimeOffset At, string When, string By, int? Revision, string? Detail)
{
    internal static TimelineEntry From(TimelineEvent e) => new(
        e.Sequence,
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()),
        e.Kind.Label(),
        e.At.ToDateTimeOffset(),
        VietnameseFormat.DateTime(VietnamTime.ToLocal(e.At)),
        e.By.Name,
        e.Revision,
        e.Detail);
}

/// <summary>A revision's who, when and how.</summary>
public sealed record RevisionEntry(int Number, string Kind, DateTimeOffset At, string By, string? Note)
{
    internal static RevisionEntry From(RevisionSummary r) => new(r.Number, r.Kind.ToString(), r.At.ToDateTimeOffset(), r.By.Name, r.Note);
}
