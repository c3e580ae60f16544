using HdndWorkflow.Domain.Conclusions;

namespace HdndWorkflow.Domain.Tests.Conclusions;

/// <summary>Figures read as the portal writes them: related figures, their breakdown and their period in one sentence.</summary>
public class FigureTests
{
    [Fact]
    public void Figure_reads_verb_number_and_label() =>
        new Figure("tổ chức", 12, "kỳ họp").ToString().Should().Be("tổ chức 12 kỳ họp");

    [Fact]
    public void Thousands_are_separated_by_dots() =>
        new Figure("tiếp nhận", 1_245_300, "ý kiến, kiến nghị của cử tri").ToString()
            .Should().Be("tiếp nhận 1.245.300 ý kiến, kiến nghị của cử tri");

    [Theory]
    [InlineData(0, "0 cuộc")]
    [InlineData(1, "01 cuộc")]
    [InlineData(9, "09 cuộc")]
    [InlineData(10, "10 cuộc")]
    public void Numbers_below_ten_carry_a_leading_zero(long number, string expected) =>
        new Figure(null, number, "cuộc").ToString().Should().Be(expected);

    [Fact]
    public void Verb_typed_with_a_capital_is_written_in_lower_case_inside_the_sentence() =>
        new Figure("Ban hành", 41, "Nghị quyết").ToString().Should().Be("ban hành 41 Nghị quyết");

    [Fact]
    public void Statement_joins_figures_with_commas_and_va_before_the_last()
    {
        var statement = new FigureStatement(
            "HĐND tỉnh",
            [new Figure("tổ chức", 12, "kỳ họp"), new Figure("ban hành", 145, "nghị quyết"), new Figure("thực hiện", 30, "cuộc giám sát")]);

        statement.Sentence.Should().Be("HĐND tỉnh tổ chức 12 kỳ họp, ban hành 145 nghị quyết và thực hiện 30 cuộc giám sát.");
    }

    [Fact]
    public void Statement_with_one_figure_has_no_conjunction() =>
        new FigureStatement(" Thường trực HĐND tỉnh ", [new Figure("tổ chức", 6, "phiên họp")]).Sentence
            .Should().Be("Thường trực HĐND tỉnh tổ chức 06 phiên họp.");

    [Fact]
    public void Figures_of_one_verb_share_it_with_the_period_and_subject_in_one_sentence() =>
        new FigureStatement(
            "6 tháng đầu năm", "các cấp", [new Figure("tổ chức được", 27, "cuộc giám sát"), new Figure("tổ chức được", 11, "cuộc khảo sát")])
            .Sentence.Should().Be("6 tháng đầu năm các cấp tổ chức được 27 cuộc giám sát, 11 cuộc khảo sát.");

    [Fact]
    public void A_verb_is_never_repeated_even_when_its_figures_are_apart()
    {
        var sentence = new FigureStatement(
            "HĐND tỉnh",
            [new Figure("tổ chức", 4, "kỳ họp"), new Figure("ban hành", 41, "nghị quyết"), new Figure("Tổ chức", 12, "cuộc giám sát")]).Sentence;

        sentence.Should().Be("HĐND tỉnh tổ chức 04 kỳ họp, 12 cuộc giám sát và ban hành 41 nghị quyết.");
        sentence.Split("tổ chức").Should().HaveCount(2, "\"tổ chức …, tổ chức …\" is what the portal never writes");
    }

    [Fact]
    public void Breakdown_reads_trong_do_and_its_parts_in_brackets_with_semicolons_between_figures()
    {
        var statement = new FigureStatement(
            "Từ đầu nhiệm kỳ, HĐND các cấp",
            [
                new Figure("tổ chức", 58, "kỳ họp")
                {
                    Breakdown =
                    [
                        new Figure("cấp tỉnh", 5, "kỳ") { Breakdown = [new Figure(null, 2, "kỳ thường lệ"), new Figure(null, 3, "kỳ chuyên đề")] },
                        new Figure("Cấp xã", 53, "kỳ"),
                    ],
                },
                new Figure("ban hành", 41, "Nghị quyết"),
            ]);

        statement.Sentence.Should().Be(
            "Từ đầu nhiệm kỳ, HĐND các cấp tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ (02 kỳ thường lệ, 03 kỳ chuyên đề), " +
            "cấp xã 53 kỳ; ban hành 41 Nghị quyết.");
    }

    [Theory]
    [InlineData(null, null, "27 cuộc giám sát, 11 cuộc khảo sát.")]
    [InlineData("6 tháng đầu năm", null, "6 tháng đầu năm: 27 cuộc giám sát, 11 cuộc khảo sát.")]
    [InlineData(null, "Kết quả giám sát,", "Kết quả giám sát: 27 cuộc giám sát, 11 cuộc khảo sát.")]
    public void Figures_without_verb_or_subject_are_accepted(string? period, string? subject, string expected) =>
        new FigureStatement(period, subject, [new Figure(null, 27, "cuộc giám sát"), new Figure("", 11, "cuộc khảo sát")])
            .Sentence.Should().Be(expected);

    [Fact]
    public void Figures_with_a_verb_and_without_subject_start_the_sentence_with_a_capital() =>
        new FigureStatement(null, null, [new Figure("tổ chức", 58, "kỳ họp")]).Sentence.Should().Be("Tổ chức 58 kỳ họp.");
}
