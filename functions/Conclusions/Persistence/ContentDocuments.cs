using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conclusions.Persistence;

/// <summary>
/// An outcome as stored: plain JSON-friendly fields, so the stored form changes only on purpose. Added fields are
/// optional, so that outcomes stored before them read as they were: <see cref="FieldVisit"/> then held a whole
/// paragraph, now read as the place of the visit.
/// </summary>
internal sealed record OutcomeDocument(
    IReadOnlyList<string> Assessment,
    IReadOnlyList<FigureStatementDocument> Figures,
    CoChairDocument PresidingChair,
    IReadOnlyList<string> Conclusions,
    IReadOnlyList<string> Directives,
    string? FieldVisit,
    IReadOnlyList<string> Authors,
    string? FieldVisitWhen = null,
    IReadOnlyList<string>? DiscussionProblems = null,
    IReadOnlyList<string>? DiscussionProposals = null)
{
    public static OutcomeDocument From(Outcome o) => new(
        o.Assessment,
        [.. o.Figures.Select(s => new FigureStatementDocument(s.Subject ?? string.Empty, [.. s.Figures.Select(FigureDocument.From)], s.Period))],
        new CoChairDocument(o.PresidingChair.Name, [.. o.PresidingChair.Titles.Select(t => new TitleDocument(t.Text, t.Kind.ToString()))]),
        o.Conclusions,
        o.Directives,
        o.FieldVisit?.Place,
        o.Authors,
        o.FieldVisit?.When,
        o.Discussion.Problems,
        o.Discussion.Proposals);

    public Outcome ToOutcome() => new()
    {
        Assessment = Assessment,
        Figures = [.. Figures.Select(s => new FigureStatement(s.Period, s.Subject, [.. s.Figures.Select(f => f.ToFigure())]))],
        Discussion = new Discussion(DiscussionProblems ?? [], DiscussionProposals ?? []),
        PresidingChair = new CoChair(PresidingChair.Name, [.. PresidingChair.Titles.Select(t => new OfficialTitle(t.Text, Enum.Parse<TitleKind>(t.Kind)))]),
        Conclusions = Conclusions,
        Directives = Directives,
        FieldVisit = FieldVisit is null ? null : new FieldVisit(FieldVisit, FieldVisitWhen),
        Authors = Authors,
    };
}

internal sealed record FigureStatementDocument(string Subject, IReadOnlyList<FigureDocument> Figures, string? Period = null);

internal sealed record FigureDocument(string? Verb, long Number, string Label, IReadOnlyList<FigureDocument>? Breakdown = null)
{
    public static FigureDocument From(Figure f) => new(f.Verb, f.Number, f.Label, f.Breakdown.Count == 0 ? null : [.. f.Breakdown.Select(From)]);

    public Figure ToFigure() => new(Verb, Number, Label) { Breakdown = [.. (Breakdown ?? []).Select(part => part.ToFigure())] };
}

/// <summary>An article as stored.</summary>
internal sealed record ArticleDocument(
    string Title, string DateLine, string Lead, string? Attendance, IReadOnlyList<string> Body, IReadOnlyList<string> Conclusion, string? FieldVisit, string Byline)
{
    public static ArticleDocument From(ArticleDraft a) => new(a.Title, a.DateLine, a.Lead, a.Attendance, a.Body, a.Conclusion, a.FieldVisit, a.Byline);

    public ArticleDraft ToArticle() => new()
    {
        Title = Title,
        DateLine = DateLine,
        Lead = Lead,
        Attendance = Attendance,
        Body = Body,
        Conclusion = Conclusion,
        FieldVisit = FieldVisit,
        Byline = Byline,
    };
}

/// <summary>A notice as stored (a draft's number and date lines are left blank).</summary>
internal sealed record NoticeDocument(
    IReadOnlyList<string> ParentLines,
    IReadOnlyList<string> BodyLines,
    string Number,
    string PlaceAndDate,
    string Summary,
    IReadOnlyList<string> Opening,
    IReadOnlyList<SectionDocument> Sections,
    string Closing,
    IReadOnlyList<string> SignatureAuthority,
    string SignatureName,
    IReadOnlyList<string> Recipients)
{
    public static NoticeDocument From(ConclusionNotice n) => new(
        n.ParentLines, n.BodyLines, n.Number, n.PlaceAndDate, n.Summary, n.Opening,
        [.. n.Sections.Select(s => new SectionDocument(s.Heading, s.Paragraphs))],
        n.Closing, n.Signature.Authority, n.Signature.Name, n.Recipients);

    public ConclusionNotice ToNotice() => new()
    {
        ParentLines = ParentLines,
        BodyLines = BodyLines,
        Number = Number,
        PlaceAndDate = PlaceAndDate,
        Summary = Summary,
        Opening = Opening,
        Sections = [.. Sections.Select(s => new NoticeSection(s.Heading, s.Paragraphs))],
        Closing = Closing,
        Signature = new NoticeSignature(SignatureAuthority, SignatureName),
        Recipients = Recipients,
    };
}

internal sealed record SectionDocument(string? Heading, IReadOnlyList<string> Paragraphs);
