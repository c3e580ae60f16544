using System.Globalization;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// One figure of a conference's results: what was done, how many and of what, ("tổ chức", 58, "kỳ họp") reading "tổ
/// chức 58 kỳ họp", with an optional breakdown, its parts written "trong đó cấp tỉnh 05 kỳ, cấp xã 53 kỳ". A part is a
/// figure too, its <see cref="Verb"/> naming the part ("cấp tỉnh"), and may be broken down once more, in brackets:
/// "cấp tỉnh 05 kỳ (02 kỳ thường lệ, 03 kỳ chuyên đề)". The verb may be left out ("58 kỳ họp").
/// </summary>
public sealed record Figure(string? Verb, long Number, string Label)
{
    /// <summary>How deep a breakdown goes: parts, and parts of a part.</summary>
    public const int MaxBreakdownDepth = 2;

    private static readonly NumberFormatInfo Digits = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>The parts of this figure ("trong đó …"), in order; empty when it is not broken down.</summary>
    public IReadOnlyList<Figure> Breakdown { get; init; } = [];

    /// <summary>
    /// The number as administrative texts write it: a leading zero below ten ("05 kỳ"), a dot between thousands
    /// ("1.245 kiến nghị").
    /// </summary>
    public string Count => Number is > 0 and < 10
        ? Number.ToString("00", CultureInfo.InvariantCulture)
        : Number.ToString("#,0", Digits);

    /// <summary>"58 kỳ họp, trong đó cấp tỉnh 05 kỳ (02 kỳ thường lệ, 03 kỳ chuyên đề), cấp xã 53 kỳ": the figure without its verb.</summary>
    public string Counted => $"{Count} {Label.Trim()}{BreakdownText(depth: 1)}";

    /// <summary>"tổ chức 12 kỳ họp": the verb (in lower case inside the sentence), the number and the label.</summary>
    public override string ToString() => Prose.Phrase(Verb) is { Length: > 0 } verb ? $"{verb} {Counted}" : Counted;

    private string BreakdownText(int depth)
    {
        if (Breakdown.Count == 0)
        {
            return string.Empty;
        }

        var parts = string.Join(", ", Breakdown.Select(part => part.Part(depth + 1)));
        return depth == 1 ? $", trong đó {parts}" : $" ({parts})";
    }

    private string Part(int depth)
    {
        var counted = $"{Count} {Label.Trim()}{BreakdownText(depth)}";
        return Prose.Phrase(Verb) is { Length: > 0 } part ? $"{part} {counted}" : counted;
    }
}
