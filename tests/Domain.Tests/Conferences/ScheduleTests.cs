using HdndWorkflow.Domain.Conferences;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conferences;

public class ScheduleTests
{
    private static Schedule StartingAt(int hour, int minute) =>
        new(new LocalDate(2024, 8, 2), new LocalTime(hour, minute), new LocalTime(23, 0));

    [Theory]
    [InlineData(7, 30, SessionOfDay.Morning)]
    [InlineData(11, 59, SessionOfDay.Morning)]
    [InlineData(12, 0, SessionOfDay.Afternoon)]
    [InlineData(17, 59, SessionOfDay.Afternoon)]
    [InlineData(18, 0, SessionOfDay.Evening)]
    [InlineData(19, 30, SessionOfDay.Evening)]
    public void Session_of_day_follows_the_start_time(int hour, int minute, SessionOfDay expected) =>
        StartingAt(hour, minute).Session.Should().Be(expected);

    [Theory]
    [InlineData(7, 30, "Sáng ngày 2/8")]
    [InlineData(14, 0, "Chiều ngày 2/8")]
    [InlineData(19, 0, "Tối ngày 2/8")]
    public void Session_phrase_reads_like_a_news_lead(int hour, int minute, string expected) =>
        StartingAt(hour, minute).SessionPhrase.Should().Be(expected);

    [Fact]
    public void Start_and_end_convert_to_instants_in_Vietnam_time()
    {
        var schedule = Builders.Conference().Schedule;
        schedule.StartInstant.Should().Be(Instant.FromUtc(2024, 8, 2, 0, 30));
        schedule.EndInstant.Should().Be(Instant.FromUtc(2024, 8, 2, 4, 30));
    }

    [Fact]
    public void Time_line_gives_hours_day_of_week_and_date() =>
        Builders.Conference().Schedule.TimeLine.Should().Be("7 giờ 30 \u2013 11 giờ 30, thứ Sáu, ngày 02/08/2024");
}
