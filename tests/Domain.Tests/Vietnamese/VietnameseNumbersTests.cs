using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Tests.Vietnamese;

public class VietnameseNumbersTests
{
    [Fact]
    public void Ordinal_one_is_thu_nhat() => VietnameseNumbers.Ordinal(1).Should().Be("thứ nhất");

    [Fact]
    public void Ordinal_four_is_thu_tu() => VietnameseNumbers.Ordinal(4).Should().Be("thứ tư");

    [Fact]
    public void Ordinal_fourteen_keeps_bon_after_muoi() => VietnameseNumbers.Ordinal(14).Should().Be("thứ mười bốn");

    [Fact]
    public void Ordinal_twenty_four_ends_in_tu() => VietnameseNumbers.Ordinal(24).Should().Be("thứ hai mươi tư");

    [Fact]
    public void Ordinal_twenty_one_ends_in_mot() => VietnameseNumbers.Ordinal(21).Should().Be("thứ hai mươi mốt");

    [Theory]
    [InlineData(2, "thứ hai")]
    [InlineData(3, "thứ ba")]
    [InlineData(5, "thứ năm")]
    [InlineData(6, "thứ sáu")]
    [InlineData(7, "thứ bảy")]
    [InlineData(8, "thứ tám")]
    [InlineData(9, "thứ chín")]
    [InlineData(10, "thứ mười")]
    [InlineData(11, "thứ mười một")]
    [InlineData(15, "thứ mười lăm")]
    [InlineData(20, "thứ hai mươi")]
    [InlineData(25, "thứ hai mươi lăm")]
    [InlineData(31, "thứ ba mươi mốt")]
    [InlineData(44, "thứ bốn mươi tư")]
    [InlineData(55, "thứ năm mươi lăm")]
    [InlineData(99, "thứ chín mươi chín")]
    [InlineData(100, "thứ một trăm")]
    [InlineData(104, "thứ một trăm linh tư")]
    [InlineData(114, "thứ một trăm mười bốn")]
    public void Ordinals_read_as_Vietnamese_words(int number, string expected) =>
        VietnameseNumbers.Ordinal(number).Should().Be(expected);

    [Theory]
    [InlineData(3, "thứ Ba")]
    [InlineData(1, "thứ Nhất")]
    [InlineData(4, "thứ Tư")]
    [InlineData(21, "thứ Hai mươi mốt")]
    public void Capitalized_ordinal_capitalises_the_number_word(int number, string expected) =>
        VietnameseNumbers.Ordinal(number, OrdinalStyle.Capitalized).Should().Be(expected);

    [Fact]
    public void Every_ordinal_up_to_999_is_spelled_without_digits()
    {
        for (var n = 1; n <= 999; n++)
        {
            VietnameseNumbers.Ordinal(n).Should().StartWith("thứ ").And.NotContainAny("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Ordinal_below_one_is_a_programming_error(int number) =>
        FluentActions.Invoking(() => VietnameseNumbers.Ordinal(number)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(0, "không")]
    [InlineData(5, "năm")]
    [InlineData(10, "mười")]
    [InlineData(15, "mười lăm")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(24, "hai mươi bốn")]
    [InlineData(105, "một trăm linh năm")]
    [InlineData(110, "một trăm mười")]
    [InlineData(1_005, "một nghìn không trăm linh năm")]
    [InlineData(1_015, "một nghìn không trăm mười lăm")]
    [InlineData(2_024, "hai nghìn không trăm hai mươi bốn")]
    [InlineData(1_000_000, "một triệu")]
    [InlineData(1_000_050, "một triệu không trăm năm mươi")]
    [InlineData(1_500_000_000, "một tỷ năm trăm triệu")]
    [InlineData(-7, "âm bảy")]
    public void Cardinals_read_as_Vietnamese_words(long number, string expected) =>
        VietnameseNumbers.ToWords(number).Should().Be(expected);
}
