using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conclusions;

public class ArticleDraftTests
{
    private static readonly LocalDate PublishedOn = new(2024, 8, 2);

    private static ArticleDraft Draft(Conference conference, Outcome? outcome = null, AttendanceRoll? roll = null) =>
        ArticleDraft.Compose(conference, roll ?? ConclusionBuilders.Roll(conference), outcome ?? ConclusionBuilders.Outcome(), PublishedOn).Value;

    private static ArticleDraft Example() => Draft(ConclusionBuilders.Conference());

    [Fact]
    public void Reproduces_the_structure_of_the_published_example()
    {
        var article = Example();

        article.Title.Should().Be(
            "Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện lần thứ năm, " +
            "nhiệm kỳ 2021 \u2013 2026");
        article.DateLine.Should().Be("Đăng ngày 02/08/2024");
        article.Lead.Should().Be(
            "Sáng ngày 2/8, tại thị xã Cửa Lò, Thường trực HĐND tỉnh tổ chức Hội nghị trao đổi kinh nghiệm hoạt động với " +
            "Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 \u2013 2026. Các đồng chí: Nguyễn Nam Đình \u2013 Ủy viên BTV " +
            "Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Nguyễn Như Khôi \u2013 Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch HĐND tỉnh " +
            "đồng chủ trì.");
        article.Attendance.Should().Be(
            "Dự hội nghị có các đồng chí: Thái Thị An Chung \u2013 Ủy viên BCH Đảng bộ tỉnh, Phó Trưởng Đoàn ĐBQH tỉnh; " +
            "Trần Nhật Minh \u2013 ĐBQH chuyên trách; Võ Thị Thay \u2013 Phó Chánh Văn phòng UBND tỉnh; " +
            "cùng đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Ủy viên Thường trực HĐND tỉnh; " +
            "Chủ tịch, Phó Chủ tịch HĐND các huyện, thành phố, thị xã trong tỉnh.");
        article.Body.Should().Equal(
            "Hội nghị đã tập trung đánh giá những kết quả hoạt động của HĐND tỉnh, HĐND cấp huyện 6 tháng đầu năm, nhiệm vụ " +
            "6 tháng cuối năm 2024. Từ đầu nhiệm kỳ, HĐND các cấp trong tỉnh tổ chức 12 kỳ họp, ban hành 145 nghị quyết " +
            "và thực hiện 30 cuộc giám sát.",
            "Đồng thời, các đại biểu cũng trao đổi những giải pháp, kinh nghiệm, cách làm hay trong tổ chức hoạt động và nêu " +
            "một số kiến nghị, đề xuất với HĐND, UBND tỉnh.");
        article.Conclusion.Should().Equal(
            "Kết luận hội nghị, đồng chí Nguyễn Nam Đình \u2013 Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh " +
            "đánh giá cao sự chuẩn bị và tham dự đầy đủ, tích cực của các vị đại biểu.",
            "Đồng chí ghi nhận các kiến nghị của Thường trực HĐND cấp huyện và giao Văn phòng tổng hợp, báo cáo. " +
            "Đồng chí Nguyễn Nam Đình cũng đưa ra một số nhiệm vụ trọng tâm thời gian tới, đó là thực hiện tốt " +
            "chức năng, nhiệm vụ của HĐND các cấp; tiếp tục đổi mới, nâng cao chất lượng các kỳ họp, các phiên họp; " +
            "tăng cường hoạt động giám sát.");
        article.FieldVisit.Should().Be("Chiều cùng ngày, các đại biểu đã đi tham quan mô hình tiếp xúc cử tri tại phường Nghi Hòa.");
        article.Byline.Should().Be("Hữu Lương \u2013 Tạ Nhật");
    }

    [Fact]
    public void Plain_text_puts_title_date_line_paragraphs_and_byline_in_order()
    {
        var article = Example();

        article.ToPlainText().Should().Be(string.Join("\n\n",
        [
            article.Title,
            article.DateLine,
            $"{article.Lead} {article.Attendance}",
            .. article.Body,
            .. article.Conclusion,
            article.FieldVisit!,
            "Hữu Lương \u2013 Tạ Nhật",
        ]) + "\n");
    }

    [Fact]
    public void Declined_and_unanswered_invitees_are_absent()
    {
        var text = Example().ToPlainText();

        text.Should().NotContain(ConclusionBuilders.Declining.Name).And.NotContain(ConclusionBuilders.Silent.Name);
    }

    [Fact]
    public void Deputy_appears_under_own_name_and_title_without_a_stand_in_note()
    {
        var attendance = Example().Attendance;

        attendance.Should().Contain("Võ Thị Thay \u2013 Phó Chánh Văn phòng UBND tỉnh;")
            .And.NotContain(ConclusionBuilders.Absent.Name).And.NotContain("dự thay");
    }

    [Fact]
    public void Unit_representative_is_listed_among_the_people_under_own_name()
    {
        var conference = ConclusionBuilders.Conference() with { Invitees = [ConclusionBuilders.Front, ConclusionBuilders.Minh] };
        var roll = conference.Roll(
        [
            new Reply(ConclusionBuilders.Front.Id, new InvitationResponse.DeputySent(
                new Deputy("Võ Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", EmailAddress.From("nam@example.vn"))), Builders.At(2024, 7, 29)),
            new Reply(ConclusionBuilders.Minh.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 29)),
        ]);

        Draft(conference, roll: roll).Attendance.Should().Be(
            "Dự hội nghị có các đồng chí: Võ Văn Nam \u2013 Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; " +
            "Trần Nhật Minh \u2013 ĐBQH chuyên trách.");
    }

    [Fact]
    public void People_come_before_units_whatever_the_invitation_order()
    {
        var attendance = Example().Attendance!;

        attendance.IndexOf("Võ Thị Thay", StringComparison.Ordinal)
            .Should().BeLessThan(attendance.IndexOf("đại diện lãnh đạo Ủy ban MTTQ", StringComparison.Ordinal));
    }

    [Fact]
    public void Co_chair_on_the_invitation_list_is_not_repeated_among_attendees() =>
        Example().Attendance.Should().NotContain("Nguyễn Nam Đình");

    [Fact]
    public void A_roll_of_twenty_thousand_names_forty_attendees_and_counts_the_others()
    {
        var people = Enumerable.Range(1, 19_990).Select(i => (Invitee)new Invitee.Person(
            Builders.InviteeId(1000 + i), $"Đại Biểu Số {i}", "Chủ tịch HĐND xã", $"Xã số {i}", EmailAddress.From($"dai-bieu-{i}@example.vn"))).ToList();
        var units = Enumerable.Range(1, 10).Select(i => (Invitee)new Invitee.Unit(
            Builders.InviteeId(100_000 + i), $"Thường trực HĐND phường số {i}", EmailAddress.From($"phuong-{i}@example.vn"))).ToList();
        var conference = ConclusionBuilders.Conference() with { Invitees = [.. people, .. units] };
        var roll = conference.Roll(conference.Invitees.Select(i => new Reply(i.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 29, 9))));

        var attendance = Draft(conference, roll: roll).Attendance!;

        attendance.Should().StartWith("Dự hội nghị có các đồng chí: Đại Biểu Số 1 \u2013 Chủ tịch HĐND xã số 1; Đại Biểu Số 2")
            .And.EndWith("; Đại Biểu Số 40 \u2013 Chủ tịch HĐND xã số 40 và 19.960 đại biểu khác.")
            .And.NotContain("Đại Biểu Số 41 ").And.NotContain("Thường trực HĐND phường");
        attendance.Length.Should().BeLessThan(4_000);
    }

    [Fact]
    public void Past_the_named_people_units_fill_the_list_before_the_others_are_counted()
    {
        var people = Enumerable.Range(1, 38).Select(i => (Invitee)new Invitee.Person(
            Builders.InviteeId(1000 + i), $"Đại Biểu Số {i}", "Chủ tịch HĐND xã", $"Xã số {i}", EmailAddress.From($"dai-bieu-{i}@example.vn"))).ToList();
        var units = Enumerable.Range(1, 1_202).Select(i => (Invitee)new Invitee.Unit(
            Builders.InviteeId(100_000 + i), $"Thường trực HĐND phường số {i}", EmailAddress.From($"phuong-{i}@example.vn"))).ToList();
        var conference = ConclusionBuilders.Conference() with { Invitees = [.. people, .. units] };
        var roll = conference.Roll(conference.Invitees.Select(i => new Reply(i.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 29, 9))));

        Draft(conference, roll: roll).Attendance.Should().EndWith(
            "Đại Biểu Số 38 \u2013 Chủ tịch HĐND xã số 38; cùng Thường trực HĐND phường số 1; Thường trực HĐND phường số 2 và 1.200 đại biểu khác.");
    }

    [Fact]
    public void One_attendee_is_introduced_in_the_singular()
    {
        var conference = ConclusionBuilders.Conference() with { Invitees = [ConclusionBuilders.Minh] };

        Draft(conference).Attendance.Should().Be("Dự hội nghị có đồng chí Trần Nhật Minh \u2013 ĐBQH chuyên trách.");
    }

    [Fact]
    public void Without_attendees_the_lead_stands_alone()
    {
        var conference = ConclusionBuilders.Conference();
        var article = Draft(conference, roll: conference.Roll([]));

        article.Attendance.Should().BeNull();
        article.Paragraphs[0].Should().Be(article.Lead);
    }

    [Theory]
    [InlineData(7, 30, 2, 8, "Sáng ngày 2/8, ")]
    [InlineData(14, 0, 15, 10, "Chiều ngày 15/10, ")]
    [InlineData(19, 0, 5, 1, "Tối ngày 5/1, ")]
    public void Lead_opens_with_session_of_day_and_date_without_leading_zeros(int hour, int minute, int day, int month, string opening)
    {
        var date = new LocalDate(2024, month, day);
        var conference = ConclusionBuilders.Conference() with
        {
            Schedule = new Schedule(date, new LocalTime(hour, minute), new LocalTime(21, 0)),
        };

        var article = ArticleDraft.Compose(conference, conference.Roll([]), ConclusionBuilders.Outcome(), date).Value;

        article.Lead.Should().StartWith(opening + "tại thị xã Cửa Lò, Thường trực HĐND tỉnh tổ chức");
    }

    [Theory]
    [InlineData(2024, 8, 2, "Đăng ngày 02/08/2024")]
    [InlineData(2024, 8, 9, "Đăng ngày 09/08/2024")]
    [InlineData(2024, 11, 20, "Đăng ngày 20/11/2024")]
    public void Date_line_is_the_publication_date_dd_MM_yyyy(int year, int month, int day, string expected)
    {
        var conference = ConclusionBuilders.Conference();

        ArticleDraft.Compose(conference, conference.Roll([]), ConclusionBuilders.Outcome(), new LocalDate(year, month, day))
            .Value.DateLine.Should().Be(expected);
    }

    [Fact]
    public void Conference_without_venue_reads_without_a_place()
    {
        var article = Draft(ConclusionBuilders.Conference() with { Venue = null });

        article.Lead.Should().StartWith("Sáng ngày 2/8, Thường trực HĐND tỉnh tổ chức Hội nghị trao đổi kinh nghiệm");
        article.ToPlainText().Should().NotContain("tại ,").And.NotContain(", ,");
    }

    [Fact]
    public void Conference_without_field_visit_ends_with_the_conclusion_and_byline()
    {
        var article = Draft(ConclusionBuilders.Conference(), ConclusionBuilders.Outcome() with { FieldVisit = null });

        article.FieldVisit.Should().BeNull();
        article.Paragraphs[^1].Should().Be(article.Conclusion[^1]);
        article.ToPlainText().Should().EndWith("tăng cường hoạt động giám sát.\n\nHữu Lương \u2013 Tạ Nhật\n");
    }

    [Fact]
    public void Conclusion_without_directives_ends_with_the_chairs_words()
    {
        var article = Draft(ConclusionBuilders.Conference(), ConclusionBuilders.Outcome() with { Directives = [] });

        article.Conclusion[^1].Should().Be(
            "Đồng chí ghi nhận các kiến nghị của Thường trực HĐND cấp huyện và giao Văn phòng tổng hợp, báo cáo.");
    }

    [Fact]
    public void Single_co_chair_presides_in_the_singular() =>
        Draft(ConclusionBuilders.Conference() with { CoChairs = [ConclusionBuilders.Khoi] }).Lead.Should().EndWith(
            "nhiệm kỳ 2021 \u2013 2026. Đồng chí Nguyễn Như Khôi \u2013 Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch HĐND tỉnh " +
            "chủ trì hội nghị.");

    [Fact]
    public void Own_council_conference_is_not_named_after_its_host_twice()
    {
        var conference = ConclusionBuilders.Conference() with { Kind = ConferenceKind.Briefing, Scope = ConferenceScope.OwnCouncil, Ordinal = 3 };

        Draft(conference).Lead.Should().StartWith(
            "Sáng ngày 2/8, tại thị xã Cửa Lò, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban lần thứ ba, nhiệm kỳ 2021 \u2013 2026.");
    }

    [Theory]
    [InlineData(1, "lần thứ nhất")]
    [InlineData(4, "lần thứ tư")]
    [InlineData(14, "lần thứ mười bốn")]
    [InlineData(21, "lần thứ hai mươi mốt")]
    [InlineData(24, "lần thứ hai mươi tư")]
    public void Ordinal_is_written_in_words_in_title_and_lead(int ordinal, string words)
    {
        var article = Draft(ConclusionBuilders.Conference() with { Ordinal = ordinal });

        article.Title.Should().Contain($"cấp huyện {words}, nhiệm kỳ");
        article.Lead.Should().Contain($"cấp huyện {words}, nhiệm kỳ");
    }

    [Fact]
    public void Portal_style_capitalises_the_ordinal_everywhere()
    {
        var conference = ConclusionBuilders.Conference() with { Ordinal = 3 };

        var article = ArticleDraft.Compose(
            conference, conference.Roll([]), ConclusionBuilders.Outcome(), PublishedOn, OrdinalStyle.Capitalized).Value;

        article.Title.Should().EndWith("lần thứ Ba, nhiệm kỳ 2021 \u2013 2026");
        article.Lead.Should().Contain("lần thứ Ba, nhiệm kỳ 2021 \u2013 2026.");
    }

    [Fact]
    public void Abbreviations_and_titles_are_kept_exactly_as_entered()
    {
        var chair = CoChair.Create("Hà Văn Mttq", ["Ủy viên BTV Huyện ủy"], ["Chủ tịch UBND huyện", "đại biểu HĐND tỉnh"]);
        var outcome = ConclusionBuilders.Outcome() with
        {
            PresidingChair = chair,
            Directives = ["HĐND các cấp tăng cường giám sát việc giải quyết kiến nghị của cử tri"],
        };

        var text = Draft(ConclusionBuilders.Conference() with { CoChairs = [chair] }, outcome).ToPlainText();

        text.Should().Contain("Hà Văn Mttq \u2013 Ủy viên BTV Huyện ủy, Chủ tịch UBND huyện, đại biểu HĐND tỉnh")
            .And.Contain("đó là HĐND các cấp tăng cường giám sát")
            .And.Contain("Ủy ban MTTQ Việt Nam tỉnh")
            .And.NotContainAny("Hđnd", "hĐND", "Ubnd", "Btv", "MTTQ Việt nam");
    }

    [Fact]
    public void Publication_before_the_conference_is_refused()
    {
        var conference = ConclusionBuilders.Conference();

        var result = ArticleDraft.Compose(conference, conference.Roll([]), ConclusionBuilders.Outcome(), new LocalDate(2024, 8, 1));

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new ValidationError("publishedOn", "Ngày đăng bài không được trước ngày tổ chức hội nghị."));
    }

    [Fact]
    public void Invalid_outcome_is_refused_with_its_errors()
    {
        var conference = ConclusionBuilders.Conference();
        var outcome = ConclusionBuilders.Outcome() with { Authors = [] };

        ArticleDraft.Compose(conference, conference.Roll([]), outcome, PublishedOn).Errors
            .Should().ContainSingle().Which.Field.Should().Be("authors");
    }
}
