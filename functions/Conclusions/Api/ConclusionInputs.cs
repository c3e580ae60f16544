using System.ComponentModel.DataAnnotations;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>
/// What the conference came to, as the organizer records it (API body and page form): paragraphs of assessment,
/// figures (period "6 tháng đầu năm", subject "các cấp", then "tổ chức được" 27 "cuộc giám sát", …, each with an
/// optional breakdown), what the delegates discussed (problems raised, solutions proposed), the presiding chair with
/// party then state titles, the chair's conclusions (the first continues "Kết luận hội nghị, đồng chí …"), the tasks
/// set, an optional field visit (where, and when) and the authors. Texts are kept as typed. A list sent as null counts
/// as empty and a null item as an empty one, which the validation refuses; the maximum lengths are those of
/// <see cref="InputLimits"/>.
/// </summary>
public sealed record OutcomeInput
{
    [MaxLength(InputLimits.Paragraphs)]
    public IReadOnlyList<string?>? Assessment { get; init; }

    [MaxLength(InputLimits.FigureStatements)]
    public IReadOnlyList<FigureStatementInput?>? Figures { get; init; }

    public DiscussionInput? Discussion { get; init; }

    public PresidingChairInput? PresidingChair { get; init; }

    [MaxLength(InputLimits.Paragraphs)]
    public IReadOnlyList<string?>? Conclusions { get; init; }

    [MaxLength(InputLimits.Paragraphs)]
    public IReadOnlyList<string?>? Directives { get; init; }

    public FieldVisitInput? FieldVisit { get; init; }

    [MaxLength(InputLimits.Authors)]
    public IReadOnlyList<string?>? Authors { get; init; }

    /// <summary>The outcome; the domain's validation reports what is missing or empty, field by field.</summary>
    public Outcome ToOutcome() => new()
    {
        Assessment = Texts(Assessment),
        Figures = [.. (Figures ?? []).Select(s => new FigureStatement(s?.Period, s?.Subject ?? string.Empty, [.. (s?.Figures ?? []).Select(FigureInput.ToFigure)]))],
        Discussion = new Discussion(Texts(Discussion?.Problems), Texts(Discussion?.Proposals)),
        PresidingChair = PresidingChair is { } chair
            ? CoChair.Create(chair.Name?.Trim() ?? string.Empty, Titles(chair.PartyTitles), Titles(chair.StateTitles))
            : null!,
        Conclusions = Texts(Conclusions),
        Directives = Texts(Directives),
        FieldVisit = FieldVisit is { } visit && !(string.IsNullOrWhiteSpace(visit.Place) && string.IsNullOrWhiteSpace(visit.When))
            ? new FieldVisit(visit.Place ?? string.Empty, string.IsNullOrWhiteSpace(visit.When) ? null : visit.When)
            : null,
        Authors = Texts(Authors),
    };

    internal static OutcomeInput From(Outcome o) => new()
    {
        Assessment = o.Assessment,
        Figures = [.. o.Figures.Select(s => new FigureStatementInput(s.Subject, [.. s.Figures.Select(FigureInput.From)]) { Period = s.Period })],
        Discussion = o.Discussion.IsEmpty ? null : new DiscussionInput(o.Discussion.Problems, o.Discussion.Proposals),
        PresidingChair = new PresidingChairInput(
            o.PresidingChair.Name,
            [.. o.PresidingChair.Titles.Where(t => t.Kind == TitleKind.Party).Select(t => t.Text)],
            [.. o.PresidingChair.Titles.Where(t => t.Kind == TitleKind.State).Select(t => t.Text)]),
        Conclusions = o.Conclusions,
        Directives = o.Directives,
        FieldVisit = o.FieldVisit is { } visit ? new FieldVisitInput(visit.Place, visit.When) : null,
        Authors = o.Authors,
    };

    // Blank titles are kept so that the domain reports them ("presidingChair.titles[1]") rather than dropping them.
    private static IEnumerable<string> Titles(IReadOnlyList<string?>? titles) => (titles ?? []).Select(t => t?.Trim() ?? string.Empty);

    // Null items become empty ones, which the domain reports ("conclusions[1]").
    private static List<string> Texts(IReadOnlyList<string?>? texts) => [.. (texts ?? []).Select(t => t ?? string.Empty)];
}

/// <summary>
/// Related figures written as one sentence: an optional period ("6 tháng đầu năm") and subject ("các cấp", "Từ đầu
/// nhiệm kỳ, HĐND tỉnh"), then the figures; those of one verb share it.
/// </summary>
public sealed record FigureStatementInput(
    [property: MaxLength(InputLimits.FigureText)] string? Subject,
    [property: MaxLength(InputLimits.FiguresPerStatement)] IReadOnlyList<FigureInput?>? Figures)
{
    [MaxLength(InputLimits.FigureText)]
    public string? Period { get; init; }
}

/// <summary>
/// A figure: verb (optional: "tổ chức"), number, label ("kỳ họp") and an optional breakdown, whose parts name the part
/// in <see cref="Verb"/> ("cấp tỉnh" 5 "kỳ") and may be broken down once more.
/// </summary>
public sealed record FigureInput(
    [property: MaxLength(InputLimits.FigureText)] string? Verb,
    long Number,
    [property: MaxLength(InputLimits.FigureText)] string? Label)
{
    [MaxLength(InputLimits.FiguresPerStatement)]
    public IReadOnlyList<FigureInput?>? Breakdown { get; init; }

    // A null figure or part becomes an empty one, which the validation reports.
    internal static Figure ToFigure(FigureInput? f) =>
        new(f?.Verb, f?.Number ?? 0, f?.Label ?? string.Empty) { Breakdown = [.. (f?.Breakdown ?? []).Select(ToFigure)] };

    internal static FigureInput From(Figure f) =>
        new(f.Verb, f.Number, f.Label) { Breakdown = f.Breakdown.Count == 0 ? null : [.. f.Breakdown.Select(From)] };
}

/// <summary>What the delegates discussed: the problems raised and the solutions proposed, one phrase each.</summary>
public sealed record DiscussionInput(
    [property: MaxLength(InputLimits.Paragraphs)] IReadOnlyList<string?>? Problems,
    [property: MaxLength(InputLimits.Paragraphs)] IReadOnlyList<string?>? Proposals);

/// <summary>A field visit: the place visited ("mô hình tiếp xúc cử tri tại phường Nghi Hòa") and when ("Chiều cùng ngày").</summary>
public sealed record FieldVisitInput(
    [property: MaxLength(InputLimits.Paragraph)] string? Place,
    [property: MaxLength(InputLimits.FigureText)] string? When = null);

public sealed record PresidingChairInput(
    [property: MaxLength(InputLimits.PersonName)] string? Name,
    [property: MaxLength(InputLimits.TitlesPerPerson)] IReadOnlyList<string?>? PartyTitles,
    [property: MaxLength(InputLimits.TitlesPerPerson)] IReadOnlyList<string?>? StateTitles);

/// <summary>
/// An edit of the draft: the parts given replace those of the latest revision, the others are kept. The notice's
/// heading (issuing body, number, place and date), signature and recipients come from the council's settings.
/// </summary>
public record DraftInput
{
    /// <summary>The revision edited; when given and no longer the latest, the edit is refused (someone saved meanwhile).</summary>
    public int? BaseRevision { get; init; }

    public ArticleInput? Article { get; init; }

    public NoticeTextInput? Notice { get; init; }

    internal (ArticleDraft, ConclusionNotice) Apply(ArticleDraft article, ConclusionNotice notice) =>
        (Article?.Apply(article) ?? article, Notice?.Apply(notice) ?? notice);
}

/// <summary>A correction of the published article: the edit and the note readers see with it.</summary>
public sealed record CorrectionInput : DraftInput
{
    [MaxLength(InputLimits.Comment)]
    public string? Note { get; init; }
}

/// <summary>The article's parts; those left null are kept. <see cref="DraftEditRules"/> checks what changes.</summary>
public sealed record ArticleInput(
    [property: MaxLength(InputLimits.Heading)] string? Title = null,
    [property: MaxLength(InputLimits.Paragraph)] string? Lead = null,
    [property: MaxLength(InputLimits.Attendance)] string? Attendance = null,
    [property: MaxLength(InputLimits.Paragraphs)] IReadOnlyList<string>? Body = null,
    [property: MaxLength(InputLimits.Paragraphs)] IReadOnlyList<string>? Conclusion = null,
    [property: MaxLength(InputLimits.Paragraph)] string? FieldVisit = null,
    [property: MaxLength(InputLimits.Heading)] string? Byline = null)
{
    internal ArticleDraft Apply(ArticleDraft a) => a with
    {
        Title = Title?.Trim() ?? a.Title,
        Lead = Lead?.Trim() ?? a.Lead,
        Attendance = Attendance is null ? a.Attendance : Blank(Attendance),
        Body = Body ?? a.Body,
        Conclusion = Conclusion ?? a.Conclusion,
        FieldVisit = FieldVisit is null ? a.FieldVisit : Blank(FieldVisit),
        Byline = Byline?.Trim() ?? a.Byline,
    };

    // An empty string removes an optional part.
    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The notice's text: summary line, opening paragraphs, sections and closing; those left null are kept (a null section
/// is an empty one, which is refused). <see cref="DraftEditRules"/> checks what changes.
/// </summary>
public sealed record NoticeTextInput(
    [property: MaxLength(InputLimits.Heading)] string? Summary = null,
    [property: MaxLength(InputLimits.Paragraphs)] IReadOnlyList<string>? Opening = null,
    [property: MaxLength(InputLimits.NoticeSections)] IReadOnlyList<NoticeSectionBody?>? Sections = null,
    [property: MaxLength(InputLimits.Paragraph)] string? Closing = null)
{
    internal ConclusionNotice Apply(ConclusionNotice n) => n with
    {
        Summary = Summary?.Trim() ?? n.Summary,
        Opening = Opening ?? n.Opening,
        Sections = Sections is null ? n.Sections : [.. Sections.Select(s => new NoticeSection(string.IsNullOrWhiteSpace(s?.Heading) ? null : s.Heading.Trim(), s?.Paragraphs ?? []))],
        Closing = Closing?.Trim() ?? n.Closing,
    };
}

public sealed record NoticeSectionBody(
    [property: MaxLength(InputLimits.Heading)] string? Heading,
    [property: MaxLength(InputLimits.Paragraphs)] IReadOnlyList<string>? Paragraphs);

/// <summary>A submission, with an optional note for the approvers.</summary>
public sealed record SubmitInput([property: MaxLength(InputLimits.Comment)] string? Note = null);

/// <summary>An approver's decision on a draft: a comment (required to request changes) and the revision read.</summary>
public sealed record ReviewInput([property: MaxLength(InputLimits.Comment)] string? Comment = null, int? Revision = null);

/// <summary>An approver's decision on a correction or withdrawal: a comment (required to refuse).</summary>
public sealed record DecisionInput([property: MaxLength(InputLimits.Comment)] string? Comment = null);

/// <summary>The organizer's request to withdraw the published article, with the reason.</summary>
public sealed record WithdrawalInput([property: MaxLength(InputLimits.Comment)] string? Reason);
