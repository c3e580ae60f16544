using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Domain.Tests.Conclusions.Corpus;

/// <summary>
/// The corpus: three outcomes written for the tests (a briefing, an exchange of experience like the published example,
/// a thematic conference), each drafted into the article and the notice and compared word for word with what the
/// council would publish.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Cases => [.. CorpusCase.All.Select(c => c.Name)];

    [Fact]
    public void Corpus_has_a_briefing_an_exchange_of_experience_and_a_thematic_conference() =>
        CorpusCase.All.Select(c => c.Conference.Kind).Should().BeEquivalentTo(
            [ConferenceKind.Briefing, ConferenceKind.ExperienceExchange, ConferenceKind.Thematic]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Conference_of_the_case_is_valid(string name) => Case(name).Conference.Validate().Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Article_reads_word_for_word_as_the_council_would_publish_it(string name)
    {
        var corpus = Case(name);

        corpus.DraftArticle().ToPlainText().Should().Be(corpus.Article);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Notice_reads_word_for_word_as_the_council_would_issue_it(string name)
    {
        var corpus = Case(name);

        corpus.DraftNotice().ToPlainText().Should().Be(corpus.Notice);
    }

    private static CorpusCase Case(string name) => CorpusCase.All.Single(c => c.Name == name);
}
