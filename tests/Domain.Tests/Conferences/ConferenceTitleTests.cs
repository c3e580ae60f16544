using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conferences;

public class ConferenceTitleTests
{
    [Fact]
    public void Title_names_kind_committees_ordinal_and_term() =>
        Builders.Conference().Title.Should().Be(
            "Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện " +
            "lần thứ năm, nhiệm kỳ 2021 \u2013 2026");

    [Fact]
    public void Portal_style_capitalises_the_ordinal() =>
        ConferenceTitle.Render(Builders.Conference() with { Ordinal = 3 }, OrdinalStyle.Capitalized)
            .Should().Contain("lần thứ Ba, nhiệm kỳ");

    [Fact]
    public void After_July_2025_the_level_below_is_the_commune_and_the_term_follows_the_date()
    {
        var conference = Builders.Conference() with
        {
            Kind = ConferenceKind.Briefing,
            Ordinal = 1,
            Schedule = new Schedule(new LocalDate(2026, 8, 4), new LocalTime(14, 0), new LocalTime(17, 0)),
        };

        conference.Term.Should().Be(new Term(2026));
        conference.Title.Should().Be(
            "Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã lần thứ nhất, nhiệm kỳ 2026 \u2013 2031");
    }

    [Fact]
    public void Own_council_conference_names_only_its_standing_committee() =>
        (Builders.Conference() with { Kind = ConferenceKind.Thematic, Scope = ConferenceScope.OwnCouncil, Ordinal = 24 })
            .Title.Should().Be("Hội nghị chuyên đề Thường trực HĐND tỉnh lần thứ hai mươi tư, nhiệm kỳ 2021 \u2013 2026");

    [Theory]
    [InlineData(ConferenceKind.Briefing, "Hội nghị giao ban")]
    [InlineData(ConferenceKind.ExperienceExchange, "Hội nghị trao đổi kinh nghiệm hoạt động")]
    [InlineData(ConferenceKind.Thematic, "Hội nghị chuyên đề")]
    [InlineData(ConferenceKind.MidTermReview, "Hội nghị sơ kết")]
    [InlineData(ConferenceKind.FinalReview, "Hội nghị tổng kết")]
    public void Kinds_have_Vietnamese_names(ConferenceKind kind, string expected) => kind.DisplayName.Should().Be(expected);

    [Fact]
    public void Co_chair_lists_party_titles_before_state_titles()
    {
        var chair = new CoChair("Nguyễn Văn A",
        [
            OfficialTitle.State("Phó Chủ tịch Thường trực HĐND tỉnh"),
            OfficialTitle.Party("Ủy viên BTV Tỉnh ủy"),
        ]);

        chair.ToString().Should().Be("Nguyễn Văn A \u2013 Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh");
    }

    [Fact]
    public void Venue_shows_name_and_address_when_given()
    {
        new Venue("Hội trường A", "Số 1 Lê Lợi").ToString().Should().Be("Hội trường A, Số 1 Lê Lợi");
        new Venue("Hội trường A").ToString().Should().Be("Hội trường A");
    }

    [Fact]
    public void Own_title_is_the_title_everywhere_as_the_organizer_wrote_it()
    {
        var conference = Builders.Conference() with { OwnTitle = "  Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2024 " };

        conference.Title.Should().Be("Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2024");
        ConferenceTitle.Render(conference, OrdinalStyle.Capitalized).Should().Be(conference.Title, "the ordinal style shapes composed titles only");
    }
}
