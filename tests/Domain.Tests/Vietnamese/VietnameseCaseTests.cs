using System.Text;
using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Tests.Vietnamese;

public class VietnameseCaseTests
{
    [Theory]
    [InlineData("Tăng cường hoạt động giám sát", "tăng cường hoạt động giám sát")]
    [InlineData("Các Ban HĐND tỉnh", "các Ban HĐND tỉnh")]
    [InlineData("Những kiến nghị chưa được giải quyết", "những kiến nghị chưa được giải quyết")]
    [InlineData("Đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh", "đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh")]
    [InlineData("Đề nghị UBND tỉnh chỉ đạo", "đề nghị UBND tỉnh chỉ đạo")]
    [InlineData("Ban hành quy chế", "ban hành quy chế")]
    [InlineData("Trường hợp cần thiết", "trường hợp cần thiết")]
    [InlineData("  Ưu tiên nguồn lực  ", "ưu tiên nguồn lực")]
    [InlineData("Khi sắp xếp đơn vị hành chính", "khi sắp xếp đơn vị hành chính")]
    public void Ordinary_opening_word_is_written_in_lower_case(string text, string expected) =>
        VietnameseCase.InSentence(text).Should().Be(expected);

    [Theory]
    [InlineData("HĐND các cấp tăng cường giám sát")]
    [InlineData("UBND tỉnh chỉ đạo")]
    [InlineData("Thường trực HĐND các xã, phường")]
    [InlineData("Ủy ban nhân dân tỉnh")]
    [InlineData("Ủy ban MTTQ Việt Nam tỉnh")]
    [InlineData("Ban Pháp chế HĐND tỉnh")]
    [InlineData("Sở Tư pháp")]
    [InlineData("Nguyễn Văn An phát biểu")]
    [InlineData("Chủ tịch, Phó Chủ tịch HĐND các huyện")]
    [InlineData("Văn phòng tổng hợp ý kiến")]
    [InlineData("Tỉnh ủy lãnh đạo")]
    [InlineData("Giám đốc các sở, ngành")]
    [InlineData("tăng cường giám sát")]
    [InlineData("6 tháng đầu năm")]
    [InlineData("")]
    public void Names_abbreviations_and_text_already_in_lower_case_are_kept(string text) =>
        VietnameseCase.InSentence(text).Should().Be(text);

    [Fact]
    public void Decomposed_input_is_recognised_and_returned_precomposed()
    {
        var decomposed = "Thường trực HĐND tỉnh".Normalize(NormalizationForm.FormD);

        VietnameseCase.InSentence(decomposed).Should().Be("Thường trực HĐND tỉnh");
        VietnameseCase.InSentence("Tiếp tục đổi mới".Normalize(NormalizationForm.FormD)).Should().Be("tiếp tục đổi mới");
    }
}
