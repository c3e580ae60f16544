using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conclusions.Persistence;

/// <summary>An outcome as stored: plain JSON-friendly fields, so the stored form changes only on purpose.</summary>
internal sealed record OutcomeDocument(
    IReadOnlyList<string> Assessment,
    IReadOnlyList<FigureStatementDocument> Figures,
    CoChairDocument PresidingChair,
    IReadOnlyList<string> Conclusions,
    IReadOnlyList<string> Directives,
    string? FieldVisit,
    IReadOnlyList<string> Authors)
{
    public static OutcomeDocument From(Outcome o) => new(
        o.Assessment,
        [.. o.Figures.Select(s => new FigureStatementDocument(s.Subject, [.. s.Figures.Select(f => new FigureDocument(f.Verb, f.Number, f.Label))]))],
        new CoChairDocument(o.PresidingChair.Name, [.. o.PresidingChair.Titles.Select(t => new TitleDocument(t.Text, t.Kind.ToString()))]),
        o.Conclusions,
        o.Directives,
        o.FieldVisit,
        o.Authors);

    public Outcome ToOutcome() => new()
    {
        Assessment = Assessment,
        Figures = [.. Figures.Select(s => new FigureStatement(s.Subject, [.. s.Figures.Select(f => new Figure(f.Verb, f.Number, f.Label))]))],
        PresidingChair = new CoChair(PresidingChair.Name, [.. PresidingChair.Titles.Select(t => new OfficialTitle(t.Text, Enum.Parse<TitleKind>(t.Kind)))]),
        Conclusions = Conclusions,
        Directives = Directives,
        FieldVisit = FieldVisit,
        Authors = Authors,
    };
}

internal sealed record FigureStatementDocument(string Subject, IReadOnlyList<FigureDocument> Figures);

internal sealed record FigureDocument(string Verb, long Number, string Label);

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
