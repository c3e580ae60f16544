using HdndWorkflow.Domain.Conclusions;

namespace HdndWorkflow.Domain.Tests.Conclusions;

public class FigureTests
{
    [Fact]
    public void Figure_reads_verb_number_and_label() =>
        new Figure("tổ chức", 12, "kỳ họp").ToString().Should().Be("tổ chức 12 kỳ họp");

    [Fact]
    public void Thousands_are_separated_by_dots() =>
        new Figure("tiếp nhận", 1_245_300, "ý kiến, kiến nghị của cử tri").ToString()
            .Should().Be("tiếp nhận 1.245.300 ý kiến, kiến nghị của cử tri");

    [Fact]
    public void Statement_joins_figures_with_commas_and_va_before_the_last()
    {
        var statement = new FigureStatement(
            "HĐND tỉnh",
            [new Figure("tổ chức", 12, "kỳ họp"), new Figure("ban hành", 145, "nghị quyết"), new Figure("thực hiện", 30, "cuộc giám sát")]);

        statement.Sentence.Should().Be("HĐND tỉnh đã tổ chức 12 kỳ họp, ban hành 145 nghị quyết và thực hiện 30 cuộc giám sát.");
    }

    [Fact]
    public void Statement_with_one_figure_has_no_conjunction() =>
        new FigureStatement(" Thường trực HĐND tỉnh ", [new Figure("tổ chức", 6, "phiên họp")]).Sentence
            .Should().Be("Thường trực HĐND tỉnh đã tổ chức 6 phiên họp.");
}
