using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HdndWorkflow.Domain.Vietnamese;

/// <summary>Dates, times and small text helpers written the way Vietnamese administrative documents write them.</summary>
public static class VietnameseFormat
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>"02/08/2024": the dd/MM/yyyy form of publication lines and forms.</summary>
    public static string Date(LocalDate date) => DatePattern.Format(date);

    private static readonly NumberFormatInfo Thousands = new() { NumberGroupSeparator = ".", NumberDecimalDigits = 0 };

    /// <summary>A count as Vietnamese texts write it, thousands grouped by dots: "7", "1.200", "19.960".</summary>
    public static string Count(int count) => count.ToString("N", Thousands);

    /// <summary>"2/8": day and month without leading zeros, as in "Sáng ngày 2/8".</summary>
    public static string DayMonth(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}");

    /// <summary>
    /// "ngày 05 tháng 8 năm 2024": the date line of an administrative document (Decree 30/2020/NĐ-CP), with a leading
    /// zero for days below 10 and for the months 1 and 2 ("tháng 01", "tháng 02").
    /// </summary>
    public static string DateInWords(LocalDate date)
    {
        var month = date.Month <= 2
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {month} năm {date.Year}");
    }

    /// <summary>"Nghệ An, ngày 05 tháng 8 năm 2024": the place-and-date line of a document.</summary>
    public static string PlaceAndDate(string place, LocalDate date) => $"{place}, {DateInWords(date)}";

    /// <summary>"7 giờ 30", "14 giờ 00".</summary>
    public static string Time(LocalTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Hour} giờ {time.Minute:00}");

    /// <summary>"17 giờ 00 ngày 30/07/2024".</summary>
    public static string DateTime(LocalDateTime value) => $"{Time(value.TimeOfDay)} ngày {Date(value.Date)}";

    /// <summary>"thứ Hai" … "thứ Bảy", "Chủ nhật".</summary>
    public static string DayOfWeek(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "thứ Hai",
        IsoDayOfWeek.Tuesday => "thứ Ba",
        IsoDayOfWeek.Wednesday => "thứ Tư",
        IsoDayOfWeek.Thursday => "thứ Năm",
        IsoDayOfWeek.Friday => "thứ Sáu",
        IsoDayOfWeek.Saturday => "thứ Bảy",
        IsoDayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };

    /// <summary>The text with its first letter in upper case ("sáng" → "Sáng", "ưu tiên" → "Ưu tiên").</summary>
    public static string Capitalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
