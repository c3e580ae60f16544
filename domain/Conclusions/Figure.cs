using System.Globalization;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// One figure of a conference's results, as a verb, a number and what was counted: ("tổ chức", 12, "kỳ họp") reads
/// "tổ chức 12 kỳ họp". Numbers are written in digits with a dot between thousands ("1.245 kiến nghị").
/// </summary>
public sealed record Figure(string Verb, long Number, string Label)
{
    private static readonly NumberFormatInfo Digits = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>"tổ chức 12 kỳ họp".</summary>
    public override string ToString() => $"{Verb.Trim()} {Number.ToString("#,0", Digits)} {Label.Trim()}";
}
