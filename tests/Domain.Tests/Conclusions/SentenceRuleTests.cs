using System.Text.RegularExpressions;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Tests.Conclusions.Corpus;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conclusions;

/// <summary>
/// The rules of issue 12 for any input: people and units in the attendance, sentence case after ":" and ";", "đề nghị"
/// once, the conclusion's opening, the field visit as a sentence, the conference's own title and the notice's term.
/// </summary>
public partial class SentenceRuleTests
{
    private static readonly LocalDate Day = new(2024, 8, 2);

    private static ArticleDraft Article(Outcome? outcome = null, Conference? conference = null, AttendanceRoll? roll = null)
    {
        conference ??= ConclusionBuilders.Conference();
        return ArticleDraft.Compose(conference, roll ?? ConclusionBuilders.Roll(conference), outcome ?? ConclusionBuilders.Outcome(), Day).Value;
    }

    private static ConclusionNotice Notice(Outcome? outcome = null, Conference? conference = null) => ConclusionNotice.Compose(
        conference ?? ConclusionBuilders.Conference(), outcome ?? ConclusionBuilders.Outcome(), ConclusionBuilders.Issuer(),
        new NoticeNumber(7, 2024), new LocalDate(2024, 8, 5)).Value;

    private static IEnumerable<string> CorpusTexts() =>
        CorpusCase.All.SelectMany(c => (string[])[c.DraftArticle().ToPlainText(), c.DraftNotice().ToPlainText()]);

    // Rule 5: people and units.
    [Fact]
    public void Attendance_lists_people_after_cac_dong_chi_and_the_units_after_them_in_lower_case()
    {
        var committees = new Invitee.Unit(Builders.InviteeId(51), "Các Ban HĐND tỉnh", EmailAddress.From("ban@example.vn"));
        var communes = new Invitee.Unit(Builders.InviteeId(52), "Thường trực HĐND các xã, phường", EmailAddress.From("xa@example.vn"));
        var conference = ConclusionBuilders.Conference() with { Invitees = [committees, ConclusionBuilders.Chung, communes, ConclusionBuilders.Minh] };
        var roll = conference.Roll([.. conference.Invitees.Select(i => new Reply(i.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 29)))]);

        Article(conference: conference, roll: roll).Attendance.Should().Be(
            "Dự hội nghị có các đồng chí: Thái Thị An Chung \u2013 Ủy viên BCH Đảng bộ tỉnh, Phó Trưởng Đoàn ĐBQH tỉnh; " +
            "Trần Nhật Minh \u2013 ĐBQH chuyên trách; cùng các Ban HĐND tỉnh; Thường trực HĐND các xã, phường.");
    }

    [Fact]
    public void Attendance_of_units_only_names_no_comrades()
    {
        var committees = new Invitee.Unit(Builders.InviteeId(51), "Các Ban HĐND tỉnh", EmailAddress.From("ban@example.vn"));
        var conference = ConclusionBuilders.Conference() with { Invitees = [committees] };
        var roll = conference.Roll([new Reply(committees.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 29))]);

        Article(conference: conference, roll: roll).Attendance.Should().Be("Dự hội nghị có các Ban HĐND tỉnh.");
    }

    [Fact]
    public void A_title_that_names_its_unit_is_not_followed_by_the_unit_again()
    {
        var thanh = new Invitee.Person(Builders.InviteeId(53), "Nguyễn Đức Thành", "Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy", EmailAddress.From("t@example.vn"));
        var conference = ConclusionBuilders.Conference() with { Invitees = [thanh] };
        var roll = conference.Roll([new Reply(thanh.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 29))]);

        Article(conference: conference, roll: roll).Attendance.Should()
            .Be("Dự hội nghị có đồng chí Nguyễn Đức Thành \u2013 Phó Bí thư Thường trực Tỉnh ủy.")
            .And.NotContain("Tỉnh ủy, Tỉnh ủy");
    }

    // Rule 6: sentence case after ":" and ";", "đề nghị" once, the conclusion's opening, the tasks.
    [Fact]
    public void No_ordinary_word_opens_with_a_capital_after_a_colon_or_semicolon_inside_a_sentence()
    {
        foreach (var text in CorpusTexts().Append(Article().ToPlainText()).Append(Notice().ToPlainText()))
        {
            foreach (Match match in AfterColonOrSemicolon().Matches(text))
            {
                VietnameseCase.OpensWithOrdinaryWord(match.Groups["rest"].Value).Should()
                    .BeFalse($"\"{match.Value}…\" continues a sentence in \"{text[..40]}…\"");
            }
        }
    }

    [Fact]
    public void De_nghi_is_never_doubled_in_a_sentence()
    {
        var outcome = ConclusionBuilders.Outcome() with
        {
            Conclusions = ["Đề nghị các cơ quan tiếp thu ý kiến của đại biểu"],
            Directives = ["Đề nghị UBND tỉnh chỉ đạo giải quyết dứt điểm kiến nghị cử tri", "Tăng cường giám sát"],
        };

        foreach (var text in CorpusTexts().Append(Article(outcome).ToPlainText()).Append(Notice(outcome).ToPlainText()))
        {
            foreach (var sentence in SentenceEnd().Split(text))
            {
                Regex.Matches(sentence, "đề nghị", RegexOptions.IgnoreCase).Should().HaveCountLessThan(2, sentence);
            }
        }
    }

    [Fact]
    public void Conclusion_opens_as_the_portal_writes_it_with_the_first_conclusion_in_lower_case() =>
        Article(ConclusionBuilders.Outcome() with { Conclusions = ["Biểu dương tinh thần trách nhiệm của các đại biểu."], Directives = [] })
            .Conclusion[0].Should().Be(
                "Kết luận hội nghị, đồng chí Nguyễn Nam Đình \u2013 Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh " +
                "biểu dương tinh thần trách nhiệm của các đại biểu.");

    [Fact]
    public void First_conclusion_opening_with_a_name_follows_neu_ro() =>
        Article(ConclusionBuilders.Outcome() with { Conclusions = ["HĐND các cấp đã hoàn thành tốt nhiệm vụ"], Directives = [] })
            .Conclusion[0].Should().EndWith("Phó Chủ tịch Thường trực HĐND tỉnh nêu rõ: HĐND các cấp đã hoàn thành tốt nhiệm vụ.");

    [Fact]
    public void Tasks_follow_in_lower_case_separated_by_semicolons() =>
        Article(ConclusionBuilders.Outcome() with { Directives = ["Tiếp tục đổi mới kỳ họp.", "Các Tổ đại biểu tăng cường tiếp xúc cử tri;", "UBND tỉnh chỉ đạo"] })
            .Conclusion[^1].Should().EndWith(
                "cũng đưa ra một số nhiệm vụ trọng tâm thời gian tới, đó là tiếp tục đổi mới kỳ họp; các Tổ đại biểu tăng cường " +
                "tiếp xúc cử tri; UBND tỉnh chỉ đạo.");

    [Fact]
    public void Discussion_is_its_own_paragraph_before_the_conclusion()
    {
        var article = Article(ConclusionBuilders.Outcome() with { Discussion = new Discussion(["Kinh phí hoạt động còn hạn chế"], []) });

        article.Body[^1].Should().Be(
            "Thảo luận tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: kinh phí hoạt động còn hạn chế.");
        article.Paragraphs.ToList().IndexOf(article.Body[^1]).Should().Be(article.Paragraphs.ToList().IndexOf(article.Conclusion[0]) - 1);
    }

    // Rule 4: the field visit.
    [Theory]
    [InlineData("Chiều cùng ngày", "Chiều cùng ngày, các đại biểu đã đi tham quan mô hình dân vận khéo tại xã Nghi Phong.")]
    [InlineData("chiều cùng ngày,", "Chiều cùng ngày, các đại biểu đã đi tham quan mô hình dân vận khéo tại xã Nghi Phong.")]
    [InlineData(null, "Sau hội nghị, các đại biểu đã đi tham quan mô hình dân vận khéo tại xã Nghi Phong.")]
    public void Field_visit_is_a_sentence_saying_when_and_that_the_delegates_visited_the_place(string? when, string expected) =>
        Article(ConclusionBuilders.Outcome() with { FieldVisit = new FieldVisit("mô hình dân vận khéo tại xã Nghi Phong.", when) })
            .FieldVisit.Should().Be(expected);

    // Rule 1: the conference's own title.
    [Fact]
    public void Own_title_is_the_article_title_and_the_notice_summary_without_ordinal_and_term_if_the_organizer_leaves_them_out()
    {
        var conference = ConclusionBuilders.Conference() with { OwnTitle = " Hội nghị giao ban 6 tháng đầu năm 2024 " };

        Article(conference: conference).Title.Should().Be("Hội nghị giao ban 6 tháng đầu năm 2024");
        Article(conference: conference).Lead.Should().StartWith(
            "Sáng ngày 2/8, tại thị xã Cửa Lò, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban 6 tháng đầu năm 2024. Các đồng chí:");
        Notice(conference: conference).Summary.Should().Be("Kết luận của Thường trực HĐND tỉnh tại Hội nghị giao ban 6 tháng đầu năm 2024");
    }

    [Fact]
    public void Own_title_naming_the_host_between_reads_after_the_host_in_the_lead()
    {
        var conference = ConclusionBuilders.Conference() with
        {
            OwnTitle = "Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026",
        };

        Article(conference: conference).Lead.Should().Contain(
            "Thường trực HĐND tỉnh tổ chức Hội nghị giao ban với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026.");
    }

    // Rule 7: the term held together in the notice.
    [Theory]
    [InlineData("nhiệm kỳ 2026 – 2031", "nhiệm kỳ 2026\u00a0–\u00a02031")]
    [InlineData("nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2021\u00a0-\u00a02026")]
    [InlineData("nhiệm kỳ 2021-2026", "nhiệm kỳ 2021-2026")]
    [InlineData("12 – 2024 kỳ", "12 – 2024 kỳ")]
    public void Spans_of_years_are_held_together_in_the_notice(string typed, string printed)
    {
        var notice = Notice(ConclusionBuilders.Outcome() with { Assessment = [$"Hội nghị đánh giá kết quả {typed}"] });

        notice.Sections[0].Paragraphs[0].Should().StartWith($"Hội nghị đánh giá kết quả {printed}.");
    }

    [GeneratedRegex(@"[:;] (?<rest>[^\n]{1,40})")]
    private static partial Regex AfterColonOrSemicolon();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceEnd();
}
