using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>
/// What the conference came to, as the organizer records it (API body and page form): paragraphs of assessment,
/// figures (period "6 tháng đầu năm", subject "các cấp", then "tổ chức được" 27 "cuộc giám sát", …, each with an
/// optional breakdown), what the delegates discussed (problems raised, solutions proposed), the presiding chair with
/// party then state titles, the chair's conclusions (the first continues "Kết luận hội nghị, đồng chí …"), the tasks
/// set, an optional field visit (where, and when) and the authors. Texts are kept as typed.
/// </summary>
public sealed record OutcomeInput
{
    public IReadOnlyList<string>? Assessment { get; init; }

    public IReadOnlyList<FigureStatementInput>? Figures { get; init; }

    public DiscussionInput? Discussion { get; init; }

    public PresidingChairInput? PresidingChair { get; init; }

    public IReadOnlyList<string>? Conclusions { get; init; }

    public IReadOnlyList<string>? Directives { get; init; }

    public FieldVisitInput? FieldVisit { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>The outcome; the domain's validation reports what is missing or empty, field by field.</summary>
    public Outcome ToOutcome() => new()
    {
        Assessment = [.. Assessment ?? []],
        Figures = [.. (Figures ?? []).Select(s => new FigureStatement(s.Period, s.Subject, [.. (s.Figures ?? []).Select(f => f.ToFigure())]))],
        Discussion = new Discussion([.. Discussion?.Problems ?? []], [.. Discussion?.Proposals ?? []]),
        PresidingChair = PresidingChair is { } chair
            ? CoChair.Create(chair.Name?.Trim() ?? string.Empty, Titles(chair.PartyTitles), Titles(chair.StateTitles))
            : null!,
        Conclusions = [.. Conclusions ?? []],
        Directives = [.. Directives ?? []],
        FieldVisit = FieldVisit is { } visit && !(string.IsNullOrWhiteSpace(visit.Place) && string.IsNullOrWhiteSpace(visit.When))
            ? new FieldVisit(visit.Place ?? string.Empty, string.IsNullOrWhiteSpace(visit.When) ? null : visit.When)
            : null,
        Authors = [.. Authors ?? []],
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
    private static IEnumerable<string> Titles(IReadOnlyList<string>? titles) => (titles ?? []).Select(t => t?.Trim() ?? string.Empty);
}

/// <summary>
/// Related figures written as one sentence: an optional period ("6 tháng đầu năm") and subject ("các cấp", "Từ đầu
/// nhiệm kỳ, HĐND tỉnh"), then the figures; those of one verb share it.
/// </summary>
public sealed record FigureStatementInput(string? Subject, IReadOnlyList<FigureInput>? Figures)
{
    public string? Period { get; init; }
}

/// <summary>
/// A figure: verb (optional: "tổ chức"), number, label ("kỳ họp") and an optional breakdown, whose parts name the part
/// in <see cref="Verb"/> ("cấp tỉnh" 5 "kỳ") and may be broken down once more.
/// </summary>
public sealed record FigureInput(string? Verb, long Number, string? Label)
{
    public IReadOnlyList<FigureInput>? Breakdown { get; init; }

    internal Figure ToFigure() =>
        new(Verb, Number, Label ?? string.Empty) { Breakdown = [.. (Breakdown ?? []).Select(part => part.ToFigure())] };

    internal static FigureInput From(Figure f) =>
        new(f.Verb, f.Number, f.Label) { Breakdown = f.Breakdown.Count == 0 ? null : [.. f.Breakdown.Select(From)] };
}

/// <summary>What the delegates discussed: the problems raised and the solutions proposed, one phrase each.</summary>
public sealed record DiscussionInput(IReadOnlyList<string>? Problems, IReadOnlyList<string>? Proposals);

/// <summary>A field visit: the place visited ("mô hình tiếp xúc cử tri tại phường Nghi Hòa") and when ("Chiều cùng ngày").</summary>
public sealed record FieldVisitInput(string? Place, string? When = null);

public sealed record PresidingChairInput(string? Name, IReadOnlyList<string>? PartyTitles, IReadOnlyList<string>? StateTitles);

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
    public string? Note { get; init; }
}

/// <summary>The article's parts; those left null are kept.</summary>
public sealed record ArticleInput(
    string? Title = null,
    string? Lead = null,
    string? Attendance = null,
    IReadOnlyList<string>? Body = null,
    IReadOnlyList<string>? Conclusion = null,
    string? FieldVisit = null,
    string? Byline = null)
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

/// <summary>The notice's text: summary line, opening paragraphs, sections and closing; those left null are kept.</summary>
public sealed record NoticeTextInput(
    string? Summary = null,
    IReadOnlyList<string>? Opening = null,
    IReadOnlyList<NoticeSectionBody>? Sections = null,
    string? Closing = null)
{
    internal ConclusionNotice Apply(ConclusionNotice n) => n with
    {
        Summary = Summary?.Trim() ?? n.Summary,
        Opening = Opening ?? n.Opening,
        Sections = Sections is null ? n.Sections : [.. Sections.Select(s => new NoticeSection(string.IsNullOrWhiteSpace(s.Heading) ? null : s.Heading.Trim(), s.Paragraphs ?? []))],
        Closing = Closing?.Trim() ?? n.Closing,
    };
}

public sealed record NoticeSectionBody(string? Heading, IReadOnlyList<string>? Paragraphs);

/// <summary>A submission, with an optional note for the approvers.</summary>
public sealed record SubmitInput(string? Note = null);

/// <summary>An approver's decision on a draft: a comment (required to request changes) and the revision read.</summary>
public sealed record ReviewInput(string? Comment = null, int? Revision = null);

/// <summary>An approver's decision on a correction or withdrawal: a comment (required to refuse).</summary>
public sealed record DecisionInput(string? Comment = null);

/// <summary>The organizer's request to withdraw the published article, with the reason.</summary>
public sealed record WithdrawalInput(string? Reason);
