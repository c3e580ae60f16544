using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;
using static HdndWorkflow.Domain.Tests.Letters.LetterFixtures;

namespace HdndWorkflow.Domain.Tests.Letters;

public class InvitationLetterTests
{
    private static readonly string Title = Builders.Conference().Title;

    [Fact]
    public void Invitation_subject_names_the_conference() =>
        Compose(LetterKind.Invitation, Invited(Builders.PersonA)).Subject.Should().Be($"Giấy mời: {Title}");

    [Fact]
    public void Invitation_says_who_is_invited_to_what_by_whom_when_and_where()
    {
        var letter = Compose(LetterKind.Invitation, Invited(Builders.PersonA));

        foreach (var content in new[] { letter.Text, Visible(letter) })
        {
            content.Should().Contain("THƯỜNG TRỰC HĐND TỈNH NGHỆ AN")
                .And.Contain("GIẤY MỜI")
                .And.Contain("Trân trọng kính mời đồng chí Trần Văn Bình, Giám đốc Sở Tư pháp")
                .And.Contain($"Tới dự {Title}.")
                .And.Contain(
                    "Hội nghị do các đồng chí Nguyễn Văn An \u2013 Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh " +
                    "và Nguyễn Văn Khôi \u2013 Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đồng chủ trì.")
                .And.Contain("Vào lúc 7 giờ 30, sáng thứ Sáu, ngày 02/08/2024 (đến 11 giờ 30)")
                .And.Contain("Hội trường UBND thị xã Cửa Lò, Đường Bình Minh, thị xã Cửa Lò")
                .And.Contain("Nội dung hội nghị:")
                .And.Contain("Đánh giá kết quả hoạt động 6 tháng đầu năm")
                .And.Contain("Đề nghị đồng chí xác nhận tham dự trước 17 giờ 00 ngày 30/07/2024.")
                .And.Contain("Lịch hội nghị được đính kèm thư này")
                .And.Contain("Văn phòng Đoàn ĐBQH và HĐND tỉnh");
        }
    }

    [Fact]
    public void Invitation_offers_the_three_answers_as_links_to_the_personal_page()
    {
        var letter = Compose(LetterKind.Invitation, Invited(Builders.PersonA));

        Hrefs(letter).Should().Equal(AnswerHrefs);
        Visible(letter).Should().Contain("Tham dự").And.Contain("Không tham dự").And.Contain("Cử người dự thay");
        letter.Text.Should().Contain($"Tham dự:\n{AnswerHrefs[0]}")
            .And.Contain($"Không tham dự:\n{AnswerHrefs[1]}")
            .And.Contain($"Cử người dự thay:\n{AnswerHrefs[2]}");
    }

    [Theory]
    [InlineData(LetterKind.Invitation, "lịch hội nghị đính kèm thư này")]
    [InlineData(LetterKind.Reminder, "lịch hội nghị đã gửi kèm giấy mời")]
    public void With_replies_by_email_the_invitation_and_the_reminder_say_a_reply_or_the_calendar_answers(LetterKind kind, string calendar)
    {
        var letter = LetterComposer.Compose(kind, Builders.Inviting(), Invited(Builders.PersonA), Link, answerByReply: true);

        foreach (var content in new[] { letter.Text, Visible(letter) })
        {
            content.Should().Contain("Đồng chí cũng có thể trả lời ngay bằng cách phản hồi thư này: ghi “Xác nhận tham dự”, “Không tham dự” kèm lý do, " +
                "hoặc “Cử đồng chí … dự thay” kèm họ tên, chức vụ và email của người dự thay; " +
                $"hoặc bấm nút Chấp nhận (Accept) hay Từ chối (Decline) trên {calendar}.");
        }
    }

    [Fact]
    public void A_unit_is_told_it_may_reply_in_its_own_name()
    {
        var letter = LetterComposer.Compose(LetterKind.Invitation, Builders.Inviting(), Invited(Builders.FrontUnit), Link, answerByReply: true);

        letter.Text.Should().Contain("Ủy ban MTTQ Việt Nam tỉnh cũng có thể trả lời ngay bằng cách phản hồi thư này");
    }

    [Theory]
    [InlineData(LetterKind.Invitation)]
    [InlineData(LetterKind.Reminder)]
    public void Without_replies_by_email_no_letter_speaks_of_replying(LetterKind kind)
    {
        var letter = Compose(kind, Invited(Builders.PersonA));

        letter.Text.Should().NotContain("phản hồi thư này").And.NotContain("Chấp nhận (Accept)");
        Visible(letter).Should().NotContain("phản hồi thư này");
    }

    [Fact]
    public void Answer_links_keep_a_query_the_personal_link_already_has()
    {
        var link = new Uri("https://hdnd.example.vn/xac-nhan?ma=k7Qz9");

        var letter = LetterComposer.Compose(LetterKind.Invitation, Builders.Inviting(), Invited(Builders.PersonA), link);

        Hrefs(letter).Should().Contain("https://hdnd.example.vn/xac-nhan?ma=k7Qz9&tra-loi=tham-du");
    }

    [Fact]
    public void Unit_is_invited_by_its_name_not_as_a_comrade()
    {
        var letter = Compose(LetterKind.Invitation, Invited(Builders.FrontUnit));

        letter.Text.Should().Contain("Trân trọng kính mời Ủy ban MTTQ Việt Nam tỉnh\n")
            .And.Contain("Đề nghị Ủy ban MTTQ Việt Nam tỉnh xác nhận tham dự trước 17 giờ 00 ngày 30/07/2024.")
            .And.NotContain("đồng chí Ủy ban");
        Hrefs(letter).Should().HaveCount(3);
    }

    [Fact]
    public void Unit_named_with_an_ordinary_word_is_invited_in_lower_case_inside_the_sentence()
    {
        var committees = new Invitee.Unit(Builders.InviteeId(40), "Các Ban HĐND tỉnh", EmailAddress.From("ban@example.vn"));

        var letter = Compose(LetterKind.Invitation, Invited(committees));

        letter.Text.Should().Contain("Trân trọng kính mời các Ban HĐND tỉnh\n")
            .And.Contain("Đề nghị các Ban HĐND tỉnh xác nhận tham dự trước")
            .And.NotContain("kính mời Các Ban");
        Visible(letter).Should().Contain("Trân trọng kính mời các Ban HĐND tỉnh");
    }

    [Fact]
    public void Reminder_addresses_the_unit_as_written_after_kinh_gui()
    {
        var committees = new Invitee.Unit(Builders.InviteeId(40), "Các Ban HĐND tỉnh", EmailAddress.From("ban@example.vn"));

        Compose(LetterKind.Reminder, Invited(committees)).Text.Should().Contain("Kính gửi: Các Ban HĐND tỉnh")
            .And.Contain("chưa nhận được xác nhận của các Ban HĐND tỉnh.");
    }

    [Fact]
    public void Organization_is_not_repeated_when_the_title_already_names_it()
    {
        var invitee = Builders.PersonA with { Title = "Phó Chủ tịch UBND tỉnh", Organization = "UBND tỉnh" };

        Compose(LetterKind.Invitation, Invited(invitee)).Text.Should()
            .Contain("Trân trọng kính mời đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh\n");
    }

    [Fact]
    public void Conference_without_venue_or_agenda_says_the_place_follows_and_lists_no_programme()
    {
        var conference = Builders.Inviting() with { Venue = null, Agenda = [] };

        var letter = Compose(LetterKind.Invitation, Invited(Builders.PersonA), conference);

        letter.Text.Should().Contain("Địa điểm: Sẽ thông báo sau").And.NotContain("Nội dung hội nghị");
        Visible(letter).Should().NotContain("Nội dung hội nghị");
    }

    [Fact]
    public void A_single_chair_presides_alone()
    {
        var conference = Builders.Inviting() with { CoChairs = [Builders.Chair()] };

        Compose(LetterKind.Invitation, Invited(Builders.PersonA), conference).Text.Should().Contain(
            "Hội nghị do đồng chí Nguyễn Văn An \u2013 Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh chủ trì.")
            .And.NotContain("đồng chủ trì");
    }

    [Fact]
    public void Agenda_item_shows_its_start_and_presenter()
    {
        var conference = Builders.Inviting() with
        {
            Agenda = [new AgendaItem("Báo cáo kết quả giám sát", "Ban Pháp chế HĐND tỉnh", new NodaTime.LocalTime(8, 15))],
        };

        Compose(LetterKind.Invitation, Invited(Builders.PersonA), conference).Text.Should()
            .Contain("- 8 giờ 15: Báo cáo kết quả giám sát (trình bày: Ban Pháp chế HĐND tỉnh)");
    }

    [Fact]
    public void Reminder_says_no_answer_came_and_offers_the_three_answers_again()
    {
        var letter = Compose(LetterKind.Reminder, Invited(Builders.PersonA));

        letter.Subject.Should().Be($"Nhắc xác nhận tham dự: {Title}");
        letter.Text.Should().Contain("Kính gửi: đồng chí Trần Văn Bình, Giám đốc Sở Tư pháp")
            .And.Contain("nhưng đến nay chưa nhận được xác nhận của đồng chí.")
            .And.Contain("Hạn xác nhận: 17 giờ 00 ngày 30/07/2024")
            .And.Contain("Đề nghị đồng chí xác nhận tham dự trước 17 giờ 00 ngày 30/07/2024.");
        Hrefs(letter).Should().Equal(AnswerHrefs);
        letter.Text.Should().Contain(AnswerHrefs[0]).And.Contain(AnswerHrefs[1]).And.Contain(AnswerHrefs[2]);
    }
}
