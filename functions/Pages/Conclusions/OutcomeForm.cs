using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// The outcome form as posted, every value kept as typed: paragraphs one a line, figures as rows (subject, verb,
/// number, label; consecutive rows of one subject make one sentence), the presiding chair chosen among the co-chairs
/// or typed, the authors separated by commas. The domain's errors are translated back to the rows on the page.
/// </summary>
public sealed class OutcomeForm
{
    /// <summary>The value of <see cref="Chair"/> when the presiding chair is typed rather than chosen.</summary>
    public const string OtherChair = "khac";

    public const string FigureRowsField = "figureRows";

    public string? Assessment { get; set; }

    public List<FigureRow> Figures { get; set; } = [];

    /// <summary>The index of the co-chair who presided, or <see cref="OtherChair"/>.</summary>
    public string? Chair { get; set; }

    public string? ChairName { get; set; }

    public string? ChairPartyTitles { get; set; }

    public string? ChairStateTitles { get; set; }

    public string? Conclusions { get; set; }

    public string? Directives { get; set; }

    public string? FieldVisit { get; set; }

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
        return new OutcomeForm
        {
            Assessment = FormLines.Join(outcome.Assessment),
            Figures = [.. outcome.Figures.SelectMany(s => s.Figures.Select(f => new FigureRow
            {
                Subject = s.Subject, Verb = f.Verb, Number = f.Number.ToString(CultureInfo.InvariantCulture), Label = f.Label,
            }))],
            Chair = chosen.c is null ? OtherChair : chosen.i.ToString(CultureInfo.InvariantCulture),
            ChairName = chosen.c is null ? chair.Name : null,
            ChairPartyTitles = chosen.c is null ? FormLines.Join(chair.Titles.Where(t => t.Kind == TitleKind.Party).Select(t => t.Text)) : null,
            ChairStateTitles = chosen.c is null ? FormLines.Join(chair.Titles.Where(t => t.Kind == TitleKind.State).Select(t => t.Text)) : null,
            Conclusions = FormLines.Join(outcome.Conclusions),
            Directives = FormLines.Join(outcome.Directives),
            FieldVisit = outcome.FieldVisit,
            Authors = string.Join(", ", outcome.Authors),
        }.WithRows();
    }

    /// <summary>At least two blank figure rows after the filled ones, so that a figure can be added without a script.</summary>
    public OutcomeForm WithRows(int blank = 2)
    {
        Figures = [.. Figures.Where(r => !r.IsBlank)];
        Figures.AddRange(Enumerable.Range(0, blank).Select(_ => new FigureRow()));
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
        var rows = Figures.Select((row, index) => (row, index)).Where(x => !x.row.IsBlank).ToList();
        var statements = new List<(string Subject, List<(Figure Figure, int Row)> Figures)>();
        foreach (var (row, index) in rows)
        {
            long number = 0;
            if (!long.TryParse((row.Number ?? string.Empty).Trim().Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                errors.Add(new(RowField(index, "number"), ConclusionPageTexts.NumberInvalid));
            }

            var subject = row.Subject?.Trim() ?? string.Empty;
            var figure = (new Figure(row.Verb ?? string.Empty, number, row.Label ?? string.Empty), index);
            if (statements.Count > 0 && statements[^1].Subject == subject && subject.Length > 0)
            {
                statements[^1].Figures.Add(figure);
            }
            else
            {
                statements.Add((subject, [figure]));
            }
        }

        var chair = Chair == OtherChair || !int.TryParse(Chair, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) || chosen >= coChairs.Count
            ? CoChair.Create(ChairName?.Trim() ?? string.Empty, FormLines.Split(ChairPartyTitles), FormLines.Split(ChairStateTitles))
            : coChairs[chosen];
        var outcome = new Outcome
        {
            Assessment = FormLines.Split(Assessment),
            Figures = [.. statements.Select(s => new FigureStatement(s.Subject, [.. s.Figures.Select(f => f.Figure)]))],
            PresidingChair = chair,
            Conclusions = FormLines.Split(Conclusions),
            Directives = FormLines.Split(Directives),
            FieldVisit = string.IsNullOrWhiteSpace(FieldVisit) ? null : FieldVisit.Trim(),
            Authors = [.. (Authors ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        };
        errors.AddRange(outcome.Validate().Select(e => Translate(e, statements.Select(s => s.Figures.Select(f => f.Row).ToList()).ToList())));
        return (errors.Count == 0 ? outcome : null, [.. errors.DistinctBy(e => (e.Field, e.Message))]);
    }

    /// <summary>"figureRows[2].label": the row on the page, whatever sentence it went into.</summary>
    public static string RowField(int row, string field) => string.Create(CultureInfo.InvariantCulture, $"{FigureRowsField}[{row}].{field}");

    /// <summary>"figures[s].figures[f].x" and "figures[s].subject" → the page's row; "conclusions[0]" and the like stay.</summary>
    private static ValidationError Translate(ValidationError error, List<List<int>> rows)
    {
        var parts = error.Field.Split(['[', ']', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (parts is [ConclusionFields.Figures, var s, "figures", var f, var field]
            && int.TryParse(s, CultureInfo.InvariantCulture, out var si) && int.TryParse(f, CultureInfo.InvariantCulture, out var fi)
            && si < rows.Count && fi < rows[si].Count)
        {
            return error with { Field = RowField(rows[si][fi], field) };
        }

        if (parts is [ConclusionFields.Figures, var statement, var what] && int.TryParse(statement, CultureInfo.InvariantCulture, out var index) && index < rows.Count)
        {
            return error with { Field = RowField(rows[index][0], what == "subject" ? "subject" : "verb") };
        }

        return error;
    }
}

/// <summary>One figure as a row of the form: "HĐND tỉnh" · "tổ chức" · "12" · "kỳ họp".</summary>
public sealed class FigureRow
{
    public string? Subject { get; set; }

    public string? Verb { get; set; }

    public string? Number { get; set; }

    public string? Label { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Subject) && string.IsNullOrWhiteSpace(Verb) && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Label);
}
