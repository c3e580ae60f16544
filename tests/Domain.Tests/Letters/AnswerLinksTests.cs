using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;

namespace HdndWorkflow.Domain.Tests.Letters;

public class AnswerLinksTests
{
    [Theory]
    [InlineData(ResponseKind.Accepted, "tham-du")]
    [InlineData(ResponseKind.Declined, "khong-tham-du")]
    [InlineData(ResponseKind.DeputySent, "cu-nguoi-du-thay")]
    public void Each_answer_has_a_query_value_the_page_reads_back(ResponseKind kind, string value)
    {
        AnswerLinks.Value(kind).Should().Be(value);
        AnswerLinks.TryParse(value, out var parsed).Should().BeTrue();
        parsed.Should().Be(kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("co")]
    public void Anything_else_preselects_nothing(string? value)
    {
        AnswerLinks.TryParse(value, out var parsed).Should().BeFalse();
        parsed.Should().Be(ResponseKind.NoAnswer);
    }

    [Fact]
    public void No_answer_cannot_be_preselected()
    {
        var act = () => AnswerLinks.Value(ResponseKind.NoAnswer);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Link_keeps_the_fragment_and_adds_the_answer_to_the_query() =>
        AnswerLinks.For(new Uri("https://hdnd.example.vn/x?ma=1#form"), ResponseKind.Declined).AbsoluteUri
            .Should().Be("https://hdnd.example.vn/x?ma=1&tra-loi=khong-tham-du#form");
}
