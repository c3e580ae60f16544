using System.Reflection;
using System.Text;
using HdndWorkflow.Domain.Conclusions;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conclusions;

/// <summary>The drafting's own wording and what it produces must be precomposed Unicode (NFC), like every user-facing text.</summary>
public class ConclusionTextTests
{
    [Theory]
    [InlineData("HdndWorkflow.Domain.Conclusions.ConclusionMessages")]
    [InlineData("HdndWorkflow.Domain.Conclusions.ConclusionTexts")]
    public void Fixed_wording_is_precomposed_unicode(string typeName) =>
        typeof(Outcome).Assembly.GetType(typeName)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Should().NotBeEmpty().And.OnlyContain(text => text.IsNormalized(NormalizationForm.FormC));

    [Fact]
    public void Drafted_article_and_notice_are_precomposed_unicode()
    {
        var conference = ConclusionBuilders.Conference();
        var article = ArticleDraft.Compose(
            conference, ConclusionBuilders.Roll(conference), ConclusionBuilders.Outcome(), new LocalDate(2024, 8, 2)).Value;
        var notice = ConclusionNotice.Compose(
            conference, ConclusionBuilders.Outcome(), ConclusionBuilders.Issuer(), new NoticeNumber(12, 2024), new LocalDate(2024, 8, 5)).Value;

        article.ToPlainText().IsNormalized(NormalizationForm.FormC).Should().BeTrue();
        notice.ToPlainText().IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }
}
