using HdndWorkflow.Domain.Councils;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Councils;

public class TermTests
{
    [Fact]
    public void Term_renders_years_with_a_spaced_en_dash() =>
        new Term(2021).ToString().Should().Be("2021 \u2013 2026");

    [Theory]
    [InlineData(2024, 8, 2, 2021)]
    [InlineData(2021, 5, 23, 2021)]
    [InlineData(2021, 5, 22, 2016)]
    [InlineData(2026, 3, 14, 2021)]
    [InlineData(2026, 3, 15, 2026)]
    [InlineData(2030, 12, 31, 2026)]
    [InlineData(2031, 3, 15, 2031)]
    [InlineData(2012, 1, 1, 2011)]
    public void Term_is_the_one_containing_the_date(int year, int month, int day, int startYear) =>
        Term.Containing(new LocalDate(year, month, day)).Should().Be(new Term(startYear));

    [Fact]
    public void The_2021_term_ran_until_the_March_2026_elections()
    {
        Term.Containing(new LocalDate(2026, 3, 14)).ToString().Should().Be("2021 \u2013 2026");
        Term.Containing(new LocalDate(2026, 3, 15)).ToString().Should().Be("2026 \u2013 2031");
    }

    [Fact]
    public void End_year_is_five_years_after_the_start() => new Term(2026).EndYear.Should().Be(2031);
}
