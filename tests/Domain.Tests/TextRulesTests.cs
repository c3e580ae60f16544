namespace HdndWorkflow.Domain.Tests;

public class TextRulesTests
{
    [Theory]
    [InlineData("Nguyễn\0Văn A")]
    [InlineData("Nguyễn\u001bVăn A")]
    [InlineData("Nguyễn\tVăn A")]
    [InlineData("Nguyễn\nVăn A")]
    [InlineData("Nguyễn\u0085Văn A")]
    public void A_one_line_text_with_a_control_character_is_refused(string text)
    {
        var errors = new List<ValidationError>();

        TextRules.Check(text, 100, "name", "Họ tên", errors).Should().BeFalse();

        errors.Should().Equal(new ValidationError("name", "Họ tên có ký tự điều khiển hoặc ký tự không hợp lệ (ví dụ ký tự NUL, tab hoặc xuống dòng)."));
    }

    // Built in code: an attribute's strings are stored as UTF-8, which has no half surrogate pairs.
    [Fact]
    public void Half_a_surrogate_pair_is_refused_anywhere()
    {
        foreach (var text in new[] { "Nguyễn" + (char)0xD800, (char)0xDC00 + "Văn A", "a" + (char)0xD800 + (char)0xD800 + (char)0xDC00 })
        {
            TextRules.Check(text, 100, "name", "Họ tên", [], multiLine: true).Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("Đoạn một.\nĐoạn hai.\tHết.\r\n")]
    [InlineData("Chữ ngoài mặt phẳng cơ bản: 𝕏.")]
    public void Several_lines_take_tabs_line_breaks_and_whole_surrogate_pairs(string text) =>
        TextRules.Check(text, 100, "assessment[0]", "Đoạn văn", [], multiLine: true).Should().BeTrue();

    [Fact]
    public void A_text_over_its_maximum_is_refused_naming_both_lengths_the_vietnamese_way()
    {
        var errors = new List<ValidationError>();

        TextRules.Check(new string('ệ', 100_000), 250, "venue.name", "Tên địa điểm", errors).Should().BeFalse();

        errors.Should().Equal(new ValidationError("venue.name", "Tên địa điểm dài 100.000 ký tự, vượt quá giới hạn 250 ký tự."));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+84 912")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1)")]
    [InlineData("  =1+1")]
    public void A_name_that_starts_like_a_spreadsheet_formula_is_refused(string name)
    {
        var errors = new List<ValidationError>();

        TextRules.CheckName(name, 100, "invitees[0].name", "Họ tên khách mời", errors).Should().BeFalse();

        errors.Should().ContainSingle().Which.Message.Should().Be(
            "Họ tên khách mời không được bắt đầu bằng ký tự “=”, “+”, “-” hoặc “@” (bảng tính có thể hiểu là công thức).");
    }

    [Theory]
    [InlineData("Nguyễn Văn A")]
    [InlineData("Phó Chủ tịch HĐND xã - phụ trách")]
    [InlineData("")]
    public void A_name_with_those_characters_elsewhere_passes(string name) =>
        TextRules.CheckName(name, 100, "name", "Họ tên", []).Should().BeTrue();
}
