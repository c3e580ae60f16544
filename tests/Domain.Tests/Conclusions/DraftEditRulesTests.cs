using HdndWorkflow.Domain.Conclusions;

namespace HdndWorkflow.Domain.Tests.Conclusions;

public class DraftEditRulesTests
{
    private static readonly ArticleDraft Article = ArticleDraft.Compose(
        ConclusionBuilders.Conference(), ConclusionBuilders.Roll(ConclusionBuilders.Conference()), ConclusionBuilders.Outcome(), new NodaTime.LocalDate(2024, 8, 2)).Value;

    [Fact]
    public void An_edit_within_the_limits_passes() =>
        DraftEditRules.Check(Article, Article with { Title = "Hội nghị giao ban", Body = [.. Article.Body, "Đoạn mới."] }).Should().BeEmpty();

    [Fact]
    public void A_changed_part_over_its_maximum_an_emptied_required_part_and_a_null_paragraph_are_refused()
    {
        var edited = Article with { Title = new string('a', InputLimits.Heading + 1), Byline = " ", Body = [null!, new string('a', InputLimits.Paragraph + 1)] };

        DraftEditRules.Check(Article, edited).Select(e => (e.Field, e.Message)).Should().Equal(
            ("article.title", "Tiêu đề bài viết dài 501 ký tự, vượt quá giới hạn 500 ký tự."),
            ("article.body[0]", "Đoạn văn không được để trống."),
            ("article.body[1]", "Đoạn văn dài 5.001 ký tự, vượt quá giới hạn 5.000 ký tự."),
            ("article.byline", "Tác giả không được để trống."));
    }

    [Fact]
    public void A_drafted_part_left_as_it_is_passes_however_long_and_a_kept_paragraph_may_move()
    {
        var long1 = new string('a', InputLimits.Paragraph * 2);
        var drafted = Article with { Attendance = new string('b', InputLimits.Attendance + 10), Body = [long1, "Đoạn hai."] };

        DraftEditRules.Check(drafted, drafted with { Title = "Tiêu đề mới", Body = ["Đoạn hai.", long1] }).Should().BeEmpty();
    }

    [Fact]
    public void An_edit_may_not_grow_the_whole_past_its_total()
    {
        var paragraphs = Enumerable.Range(0, InputLimits.Paragraphs).Select(i => $"{i}{new string('a', 2_000)}").ToList();

        DraftEditRules.Check(Article, Article with { Body = paragraphs }).Should().ContainSingle()
            .Which.Field.Should().Be("article");
    }

    [Fact]
    public void An_empty_notice_section_is_refused()
    {
        var notice = ConclusionNotice.Compose(
            ConclusionBuilders.Conference(), ConclusionBuilders.Outcome(), ConclusionBuilders.Issuer(), new NoticeNumber(12, 2024), new NodaTime.LocalDate(2024, 8, 5)).Value;

        DraftEditRules.Check(notice, notice with { Sections = [.. notice.Sections, new NoticeSection(null, [])] }).Should().ContainSingle()
            .Which.Should().Be(new ValidationError($"notice.sections[{notice.Sections.Count}]", "Mục của thông báo phải có tiêu đề hoặc nội dung."));
    }
}
