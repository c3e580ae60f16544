using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// The outcome form as posted, every value kept as typed: paragraphs one a line, figures as rows (period, subject,
/// verb, number, label; consecutive rows of one period and subject make one sentence; a row that names an earlier row in
/// "chi tiết của" is a part of that row's figure), what the delegates discussed one item a line, the presiding chair
/// chosen among the co-chairs or typed, the field visit's place and time, the authors separated by commas. The
/// domain's errors are translated back to the rows on the page.
/// </summary>
public sealed class OutcomeForm
{
    /// <summary>The value of <see cref="Chair"/> when the presiding chair is typed rather than chosen.</summary>
    public const string OtherChair = "khac";

    public const string FigureRowsField = "figureRows";

    public string? Assessment { get; set; }

    public List<FigureRow> Figures { get; set; } = [];

    public string? Problems { get; set; }

    public string? Proposals { get; set; }

    /// <summary>The index of the co-chair who presided, or <see cref="OtherChair"/>.</summary>
    public string? Chair { get; set; }

    public string? ChairName { get; set; }

    public string? ChairPartyTitles { get; set; }

    public string? ChairStateTitles { get; set; }

    public string? Conclusions { get; set; }

    public string? Directives { get; set; }

    public string? FieldVisitPlace { get; set; }

    public string? FieldVisitWhen { get; set; }

    public string? Authors { get; set; }

    /// <summary>An empty form, the first co-chair chosen, with blank figure rows.</summary>
    public static OutcomeForm New() => new OutcomeForm { Chair = "0" }.WithRows();

    /// <summary>The form filled in from a recorded outcome.</summary>
    public static OutcomeForm From(Outcome outcome, IReadOnlyList<CoChair> coChairs)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(coChairs);
        var chair = outcome.PresidingChair;
        var chosen = coChairs.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.ToString() == chair.ToString());
        var rows = new List<FigureRow>();
        foreach (var statement in outcome.Figures)
        {
            foreach (var figure in statement.Figures)
            {
                AddRows(rows, figure, null, statement.Period, statement.Subject);
            }
        }

        return new OutcomeForm
        {
            Assessment = FormLines.Join(outcome.Assessment),
            Figures = rows,
            Problems = FormLines.Join(outcome.Discussion.Problems),
            Proposals = FormLines.Join(outcome.Discussion.Proposals),
            Chair = chosen.c is null ? OtherChair : chosen.i.ToString(CultureInfo.InvariantCulture),
            ChairName = chosen.c is null ? chair.Name : null,
            ChairPartyTitles = chosen.c is null ? FormLines.Join(chair.Titles.Where(t => t.Kind == TitleKind.Party).Select(t => t.Text)) : null,
            ChairStateTitles = chosen.c is null ? FormLines.Join(chair.Titles.Where(t => t.Kind == TitleKind.State).Select(t => t.Text)) : null,
            Conclusions = FormLines.Join(outcome.Conclusions),
            Directives = FormLines.Join(outcome.Directives),
            FieldVisitPlace = outcome.FieldVisit?.Place,
            FieldVisitWhen = outcome.FieldVisit?.When,
            Authors = string.Join(", ", outcome.Authors),
        }.WithRows();
    }

    /// <summary>At least two blank figure rows after the filled ones, so that a figure can be added without a script.</summary>
    public OutcomeForm WithRows(int blank = 2)
    {
        // Blank rows are only ever at the end (a refused form keeps its rows where they were, so "chi tiết của" still points right).
        var filled = Figures.FindLastIndex(r => !r.IsBlank) + 1;
        Figures = [.. Figures.Take(filled), .. Enumerable.Range(0, blank).Select(_ => new FigureRow())];
        return this;
    }

    /// <summary>
    /// The outcome, or the errors of the form (the page's own, then the domain's, at the fields of the page).
    /// <paramref name="coChairs"/> are the conference's, among which <see cref="Chair"/> chooses.
    /// </summary>
    public (Outcome? Outcome, List<ValidationError> Errors) ToOutcome(IReadOnlyList<CoChair> coChairs)
    {
        ArgumentNullException.ThrowIfNull(coChairs);
        Figures ??= [];
        var errors = new List<ValidationError>();
        var figures = new FigureRows(Figures, errors);
        var chair = Chair == OtherChair || !int.TryParse(Chair, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) || chosen >= coChairs.Count
            ? CoChair.Create(ChairName?.Trim() ?? string.Empty, FormLines.Split(ChairPartyTitles), FormLines.Split(ChairStateTitles))
            : coChairs[chosen];
        var outcome = new Outcome
        {
            Assessment = FormLines.Split(Assessment),
            Figures = figures.Statements,
            Discussion = new Discussion(FormLines.Split(Problems), FormLines.Split(Proposals)),
            PresidingChair = chair,
            Conclusions = FormLines.Split(Conclusions),
            Directives = FormLines.Split(Directives),
            FieldVisit = string.IsNullOrWhiteSpace(FieldVisitPlace) && string.IsNullOrWhiteSpace(FieldVisitWhen)
                ? null
                : new FieldVisit(FieldVisitPlace?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(FieldVisitWhen) ? null : FieldVisitWhen.Trim()),
            Authors = [.. (Authors ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        };
        errors.AddRange(outcome.Validate().Select(figures.Translate));
        return (errors.Count == 0 ? outcome : null, [.. errors.DistinctBy(e => (e.Field, e.Message))]);
    }

    /// <summary>"figureRows[2].label": the row on the page, whatever sentence it went into.</summary>
    public static string RowField(int row, string field) => string.Create(CultureInfo.InvariantCulture, $"{FigureRowsField}[{row}].{field}");

    /// <summary>The figure's row, then its parts' rows, each naming its whole's row (numbered from 1, as on the page).</summary>
    private static void AddRows(List<FigureRow> rows, Figure figure, int? of, string? period, string? subject)
    {
        rows.Add(new FigureRow
        {
            Period = period,
            Subject = subject,
            Verb = figure.Verb,
            Number = figure.Number.ToString(CultureInfo.InvariantCulture),
            Label = figure.Label,
            Of = of?.ToString(CultureInfo.InvariantCulture),
        });
        var number = rows.Count;
        foreach (var part in figure.Breakdown)
        {
            AddRows(rows, part, number, null, null);
        }
    }
}

/// <summary>One figure as a row of the form: "6 tháng đầu năm" · "các cấp" · "tổ chức được" · "27" · "cuộc giám sát"; a part names the row of its whole.</summary>
public sealed class FigureRow
{
    public string? Period { get; set; }

    public string? Subject { get; set; }

    public string? Verb { get; set; }

    public string? Number { get; set; }

    public string? Label { get; set; }

    /// <summary>The number (from 1) of the row whose figure this row is a part of; blank for a figure of its own.</summary>
    public string? Of { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Period) && string.IsNullOrWhiteSpace(Subject) && string.IsNullOrWhiteSpace(Verb)
        && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Of);
}
