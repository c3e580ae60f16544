using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Vietnamese;

public class VietnameseFormatTests
{
    [Theory]
    [InlineData(2024, 8, 2, "02/08/2024")]
    [InlineData(2025, 12, 31, "31/12/2025")]
    [InlineData(2026, 1, 5, "05/01/2026")]
    public void Date_is_dd_MM_yyyy_with_leading_zeros(int year, int month, int day, string expected) =>
        VietnameseFormat.Date(new LocalDate(year, month, day)).Should().Be(expected);

    [Theory]
    [InlineData(2024, 8, 5, "ngày 05 tháng 8 năm 2024")]
    [InlineData(2024, 1, 15, "ngày 15 tháng 01 năm 2024")]
    [InlineData(2024, 2, 9, "ngày 09 tháng 02 năm 2024")]
    [InlineData(2024, 3, 1, "ngày 01 tháng 3 năm 2024")]
    [InlineData(2024, 12, 25, "ngày 25 tháng 12 năm 2024")]
    public void Date_in_words_pads_days_below_ten_and_months_one_and_two(int year, int month, int day, string expected) =>
        VietnameseFormat.DateInWords(new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void Place_and_date_line_joins_place_and_date_in_words() =>
        VietnameseFormat.PlaceAndDate("Nghệ An", new LocalDate(2024, 8, 5)).Should().Be("Nghệ An, ngày 05 tháng 8 năm 2024");

    [Fact]
    public void Day_and_month_have_no_leading_zeros() =>
        VietnameseFormat.DayMonth(new LocalDate(2024, 8, 2)).Should().Be("2/8");

    [Theory]
    [InlineData(7, 30, "7 giờ 30")]
    [InlineData(14, 0, "14 giờ 00")]
    public void Time_is_hours_gio_minutes(int hour, int minute, string expected) =>
        VietnameseFormat.Time(new LocalTime(hour, minute)).Should().Be(expected);

    [Fact]
    public void Date_time_puts_the_time_before_the_date() =>
        VietnameseFormat.DateTime(new LocalDateTime(2024, 7, 30, 17, 0)).Should().Be("17 giờ 00 ngày 30/07/2024");

    [Theory]
    [InlineData(IsoDayOfWeek.Monday, "thứ Hai")]
    [InlineData(IsoDayOfWeek.Wednesday, "thứ Tư")]
    [InlineData(IsoDayOfWeek.Friday, "thứ Sáu")]
    [InlineData(IsoDayOfWeek.Sunday, "Chủ nhật")]
    public void Days_of_week_have_Vietnamese_names(IsoDayOfWeek day, string expected) =>
        VietnameseFormat.DayOfWeek(day).Should().Be(expected);

    [Theory]
    [InlineData("sáng", "Sáng")]
    [InlineData("ưu tiên", "Ưu tiên")]
    [InlineData("", "")]
    public void Capitalize_upper_cases_the_first_letter(string text, string expected) =>
        VietnameseFormat.Capitalize(text).Should().Be(expected);

    [Fact]
    public void Vietnam_time_is_seven_hours_ahead_of_utc() =>
        VietnamTime.ToInstant(new LocalDate(2024, 8, 2), new LocalTime(7, 30))
            .Should().Be(Instant.FromUtc(2024, 8, 2, 0, 30));
}
