using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// The figure rows of the outcome form read into statements: rows without "chi tiết của" are figures, consecutive ones
/// of the same period and subject one statement; a row naming an earlier row is a part of that row's figure. Keeps
/// where each figure came from, so that the domain's errors ("figures[0].figures[1].breakdown[0].label") point back to
/// the row on the page.
/// </summary>
internal sealed class FigureRows
{
    private readonly Dictionary<string, int> _rowOf = new(StringComparer.Ordinal);

    public FigureRows(IReadOnlyList<FigureRow> rows, List<ValidationError> errors)
    {
        var built = new Dictionary<int, (Figure Figure, List<Figure> Parts)>();
        var parentOf = new Dictionary<int, int>();
        var statements = new List<(string? Period, string? Subject, List<int> Rows)>();
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            if (row.IsBlank)
            {
                continue;
            }

            if (!long.TryParse((row.Number ?? string.Empty).Trim().Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                errors.Add(new(OutcomeForm.RowField(index, "number"), ConclusionPageTexts.NumberInvalid));
            }

            built[index] = (new Figure(row.Verb, number, row.Label ?? string.Empty), []);
            if (!string.IsNullOrWhiteSpace(row.Of))
            {
                if (int.TryParse(row.Of.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var of) && of >= 1 && of - 1 < index && built.ContainsKey(of - 1))
                {
                    parentOf[index] = of - 1;
                }
                else
                {
                    errors.Add(new(OutcomeForm.RowField(index, "of"), ConclusionPageTexts.PartOfInvalid));
                }

                continue;
            }

            var (period, subject) = (Blank(row.Period), Blank(row.Subject));
            if (statements.Count > 0 && statements[^1].Period == period && statements[^1].Subject == subject)
            {
                statements[^1].Rows.Add(index);
            }
            else
            {
                statements.Add((period, subject, [index]));
            }
        }

        foreach (var (child, parent) in parentOf)
        {
            built[parent].Parts.Add(built[child].Figure);
        }

        Figure Assemble(int row, string path)
        {
            _rowOf[path] = row;
            var children = parentOf.Where(p => p.Value == row).Select(p => p.Key).Order().ToList();
            return built[row].Figure with { Breakdown = [.. children.Select((child, i) => Assemble(child, ConclusionFields.Part(path, i)))] };
        }

        Statements = [.. statements.Select((statement, s) => new FigureStatement(
            statement.Period, statement.Subject, [.. statement.Rows.Select((row, f) => Assemble(row, ConclusionFields.Figure(s, f)))]))];
    }

    public IReadOnlyList<FigureStatement> Statements { get; }

    /// <summary>"figures[s].figures[f](.breakdown[p])*.x" → the row's field on the page ("breakdown" errors at "chi tiết của"); others stay.</summary>
    public ValidationError Translate(ValidationError error)
    {
        var cut = error.Field.LastIndexOf('.');
        if (cut > 0 && _rowOf.TryGetValue(error.Field[..cut], out var row))
        {
            var field = error.Field[(cut + 1)..];
            return error with { Field = OutcomeForm.RowField(row, field == "breakdown" ? "of" : field) };
        }

        return error;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
