using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conclusions.Model;
using NodaTime;
using NodaTime.Text;

namespace HdndWorkflow.Functions.Conclusions.Persistence;

/// <summary>A conclusion's header row as stored.</summary>
internal sealed record ConclusionDocument(
    Guid Conference,
    string Council,
    string Title,
    string Status,
    OutcomeDocument? Outcome,
    int Revision,
    int ApprovedRevision,
    int PublishedRevision,
    int? NumberSequence,
    int? NumberYear,
    string? Symbol,
    string? IssuedOn,
    DateTimeOffset HeldAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    RequestDocument? Review,
    DecisionDocument? Decision,
    int Rounds,
    int Events,
    int Comments,
    string Instance,
    WithdrawalDocument? Withdrawal)
{
    public static ConclusionDocument From(Conclusion c) => new(
        c.Conference.Value,
        c.Council.Value,
        c.Title,
        c.Status.ToString(),
        c.Outcome is null ? null : OutcomeDocument.From(c.Outcome),
        c.Revision,
        c.ApprovedRevision,
        c.PublishedRevision,
        c.Number?.Sequence,
        c.Number?.Year,
        c.Symbol,
        c.IssuedOn is { } d ? LocalDatePattern.Iso.Format(d) : null,
        c.HeldAt.ToDateTimeOffset(),
        c.PublishedAt?.ToDateTimeOffset(),
        c.UpdatedAt?.ToDateTimeOffset(),
        c.Review is { } r ? new RequestDocument(r.Round, r.Kind.ToString(), r.Revision, r.At.ToDateTimeOffset(), r.By, r.Note) : null,
        c.Decision is { } x ? new DecisionDocument(x.Round, x.Kind.ToString(), x.Accepted, x.At.ToDateTimeOffset(), x.By, x.Comment) : null,
        c.Rounds,
        c.Events,
        c.Comments,
        c.Instance,
        c.Withdrawal is { } w ? WithdrawalDocument.From(w) : null);

    public Conclusion ToConclusion() => new()
    {
        Conference = new ConferenceId(Conference),
        Council = new CouncilId(Council),
        Title = Title,
        Status = Enum.Parse<ConclusionStatus>(Status),
        Outcome = Outcome?.ToOutcome(),
        Revision = Revision,
        ApprovedRevision = ApprovedRevision,
        PublishedRevision = PublishedRevision,
        Number = NumberSequence is { } s && NumberYear is { } y ? new NoticeNumber(s, y) : null,
        Symbol = Symbol,
        IssuedOn = IssuedOn is null ? null : LocalDatePattern.Iso.Parse(IssuedOn).Value,
        HeldAt = Instant.FromDateTimeOffset(HeldAt),
        PublishedAt = PublishedAt is { } p ? Instant.FromDateTimeOffset(p) : null,
        UpdatedAt = UpdatedAt is { } u ? Instant.FromDateTimeOffset(u) : null,
        Review = Review is { } r ? new ReviewRequest(r.Round, Enum.Parse<ReviewKind>(r.Kind), r.Revision, Instant.FromDateTimeOffset(r.At), r.By, r.Note) : null,
        Decision = Decision is { } x ? new ReviewDecision(x.Round, Enum.Parse<ReviewKind>(x.Kind), x.Accepted, Instant.FromDateTimeOffset(x.At), x.By, x.Comment) : null,
        Rounds = Rounds,
        Events = Events,
        Comments = Comments,
        Instance = Instance,
        Withdrawal = Withdrawal?.ToWithdrawal(),
    };
}

internal sealed record RequestDocument(int Round, string Kind, int Revision, DateTimeOffset At, Actor By, string? Note);

internal sealed record DecisionDocument(int Round, string Kind, bool Accepted, DateTimeOffset At, Actor By, string? Comment);

internal sealed record WithdrawalDocument(DateTimeOffset At, Actor RequestedBy, Actor ConsentedBy, string Reason)
{
    public static WithdrawalDocument From(Withdrawal w) => new(w.At.ToDateTimeOffset(), w.RequestedBy, w.ConsentedBy, w.Reason);

    public Withdrawal ToWithdrawal() => new(Instant.FromDateTimeOffset(At), RequestedBy, ConsentedBy, Reason);
}

/// <summary>A revision row's document.</summary>
internal sealed record RevisionDocument(
    int Number, string Kind, DateTimeOffset At, Actor By, OutcomeDocument Outcome, ArticleDocument Article, NoticeDocument Notice, string? Note)
{
    public static RevisionDocument From(ConclusionRevision r) => new(
        r.Number, r.Kind.ToString(), r.At.ToDateTimeOffset(), r.By, OutcomeDocument.From(r.Outcome), ArticleDocument.From(r.Article), NoticeDocument.From(r.Notice), r.Note);

    public ConclusionRevision ToRevision() => new(
        Number, Enum.Parse<RevisionKind>(Kind), Instant.FromDateTimeOffset(At), By, Outcome.ToOutcome(), Article.ToArticle(), Notice.ToNotice(), Note);
}

/// <summary>The published row's document.</summary>
internal sealed record PublishedDocument(
    Guid Conference,
    string Council,
    string CouncilName,
    ArticleDocument Article,
    NoticeDocument Notice,
    int Revision,
    int NoticeRevision,
    string NumberSymbol,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<CorrectionDocument> Corrections,
    WithdrawalDocument? Withdrawal)
{
    public static PublishedDocument From(PublishedArticle p) => new(
        p.Conference.Value, p.Council.Value, p.CouncilName, ArticleDocument.From(p.Article), NoticeDocument.From(p.Notice), p.Revision, p.NoticeRevision,
        p.NumberSymbol, p.PublishedAt.ToDateTimeOffset(), p.UpdatedAt.ToDateTimeOffset(),
        [.. p.Corrections.Select(c => new CorrectionDocument(c.Revision, c.At.ToDateTimeOffset(), c.Note))],
        p.Withdrawal is { } w ? WithdrawalDocument.From(w) : null);

    public PublishedArticle ToArticle() => new(
        new ConferenceId(Conference), new CouncilId(Council), CouncilName, Article.ToArticle(), Notice.ToNotice(), Revision, NoticeRevision, NumberSymbol,
        Instant.FromDateTimeOffset(PublishedAt), Instant.FromDateTimeOffset(UpdatedAt),
        [.. Corrections.Select(c => new Correction(c.Revision, Instant.FromDateTimeOffset(c.At), c.Note))],
        Withdrawal?.ToWithdrawal());
}

internal sealed record CorrectionDocument(int Revision, DateTimeOffset At, string Note);
