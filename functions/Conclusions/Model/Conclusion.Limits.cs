using HdndWorkflow.Domain;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>The length and characters of the notes, comments and reasons people add (see <see cref="InputLimits.Comment"/>).</summary>
public sealed partial record Conclusion
{
    /// <summary>The errors of a note, comment or reason that is too long or holds characters it may not; null when it passes.</summary>
    private static List<ValidationError>? Refused(string? text, string field, string label)
    {
        var errors = new List<ValidationError>();
        return TextRules.Check(text, InputLimits.Comment, field, label, errors, multiLine: true) ? null : errors;
    }
}
