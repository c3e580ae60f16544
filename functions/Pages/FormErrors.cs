using System.Text;
using HdndWorkflow.Domain;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// The errors of a submitted form, keyed by the field paths the service and the domain use ("invitees[2].email",
/// "coChairs[0].titles[1]"): each shown next to its field, and all of them in a summary that links to the fields.
/// </summary>
public sealed class FormErrors
{
    private readonly List<ValidationError> _errors;

    public FormErrors(IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        _errors = [.. errors];
    }

    public static FormErrors None => new([]);

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<ValidationError> All => _errors;

    /// <summary>
    /// The messages about <paramref name="field"/> or any part of it: "coChairs[0].titles" also collects
    /// "coChairs[0].titles[1]", "reminders" collects "reminders[0]".
    /// </summary>
    public IReadOnlyList<string> For(string field) =>
        [.. _errors.Where(e => Concerns(e.Field, field)).Select(e => e.Message).Distinct()];

    public bool Has(string field) => _errors.Exists(e => Concerns(e.Field, field));

    /// <summary>The messages about <paramref name="field"/> itself, not its parts ("invitees", not "invitees[0].email").</summary>
    public IReadOnlyList<string> ForExactly(string field) =>
        [.. _errors.Where(e => e.Field == field).Select(e => e.Message).Distinct()];

    /// <summary>The element id of a field's input: "invitees[2].email" is "f-invitees-2-email".</summary>
    public static string IdOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var id = new StringBuilder("f-", field.Length + 2);
        var dash = false;
        foreach (var c in field)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
                dash = false;
            }
            else if (!dash)
            {
                id.Append('-');
                dash = true;
            }
        }

        return id.ToString().TrimEnd('-');
    }

    /// <summary>The field a summary line links to: the path without a trailing index ("coChairs[0].titles[1]" → "coChairs[0].titles").</summary>
    public static string AnchorOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.EndsWith(']') && field.LastIndexOf('[') is > 0 and var open ? field[..open] : field;
    }

    private static bool Concerns(string error, string field) =>
        error == field || (error.StartsWith(field, StringComparison.Ordinal) && error.Length > field.Length && error[field.Length] is '[' or '.');
}
