using System.Globalization;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// A conclusion notice's number: its sequence among the notices its body issues in <see cref="Year"/> (allocated by
/// storage, not here). Written "Số: 12/TB-HĐND", "Số: 07/TB-HĐND" (Decree 30/2020/NĐ-CP: number, then "TB" for thông báo and the
/// issuing body's abbreviation; the year is not part of the text).
/// </summary>
public readonly record struct NoticeNumber(int Sequence, int Year)
{
    /// <summary>
    /// "12/TB-HĐND" for the body abbreviated <paramref name="issuerCode"/> ("HĐND"); a number below 10 is written with
    /// a leading zero, "07/TB-HĐND".
    /// </summary>
    public string Symbol(string issuerCode) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sequence:00}/TB-{issuerCode.Trim()}");

    /// <summary>"Số: 12/TB-HĐND".</summary>
    public string Line(string issuerCode) => $"Số: {Symbol(issuerCode)}";
}
