using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Letters;
using static HdndWorkflow.Domain.Tests.Letters.LetterFixtures;

namespace HdndWorkflow.Domain.Tests.Letters;

public class ChangeLetterTests
{
    private static readonly string Title = Builders.Conference().Title;

    [Fact]
    public void Update_shows_the_new_time_over_the_old_and_that_answers_stand_until_the_new_deadline()
    {
        var before = Builders.Inviting();

        var letter = Compose(LetterKind.Update, Invited(Builders.PersonA), Moved(before), before);

        letter.Subject.Should().Be($"Thay đổi thời gian: {Title}");
        foreach (var content in new[] { letter.Text, Visible(letter) })
        {
            content.Should().Contain("THÔNG BÁO THAY ĐỔI")
                .And.Contain("Thường trực HĐND tỉnh Nghệ An trân trọng thông báo thay đổi thời gian của")
                .And.Contain("Thời gian mới:").And.Contain("Vào lúc 14 giờ 00, chiều thứ Ba, ngày 06/08/2024 (đến 17 giờ 00)")
                .And.Contain("Thời gian cũ:").And.Contain("Vào lúc 7 giờ 30, sáng thứ Sáu, ngày 02/08/2024 (đến 11 giờ 30)")
                .And.Contain("Hạn xác nhận mới:").And.Contain("17 giờ 00 ngày 05/08/2024")
                .And.Contain("xác nhận đó vẫn giữ nguyên giá trị")
                .And.Contain("có thể xác nhận hoặc thay đổi xác nhận trước 17 giờ 00 ngày 05/08/2024.");
        }

        letter.Html.Should().Contain("text-decoration:line-through");
        Hrefs(letter).Should().Equal(AnswerHrefs);
    }

    [Fact]
    public void Update_names_a_new_place_in_the_subject_and_body()
    {
        var before = Builders.Inviting();
        var after = Moved(before) with { Venue = new Venue("Hội trường Tỉnh ủy") };

        var letter = Compose(LetterKind.Update, Invited(Builders.PersonA), after, before);

        letter.Subject.Should().StartWith("Thay đổi thời gian, địa điểm: ");
        letter.Text.Should().Contain("Địa điểm mới: Hội trường Tỉnh ủy")
            .And.Contain("Địa điểm cũ: Hội trường UBND thị xã Cửa Lò");
    }

    [Fact]
    public void Update_without_the_earlier_version_gives_the_new_time_only()
    {
        var letter = Compose(LetterKind.Update, Invited(Builders.PersonA), Moved(Builders.Inviting()));

        letter.Subject.Should().StartWith("Thay đổi thời gian: ");
        letter.Text.Should().Contain("Thời gian mới: Vào lúc 14 giờ 00").And.NotContain("Thời gian cũ");
    }

    [Fact]
    public void Update_to_a_deputy_links_to_the_details_without_answers()
    {
        var before = Builders.Inviting();

        var letter = Compose(LetterKind.Update, DeputyOf(Builders.PersonA), Moved(before), before);

        letter.Text.Should().Contain("Kính gửi: đồng chí Phạm Thị Cúc, Phó Giám đốc Sở Tư pháp")
            .And.Contain("Đồng chí vẫn được ghi nhận dự thay đồng chí Trần Văn Bình.");
        Hrefs(letter).Should().Equal(Link.AbsoluteUri);
    }

    [Fact]
    public void Cancellation_apologises_and_carries_no_link()
    {
        var letter = Compose(LetterKind.Cancellation, Invited(Builders.PersonA), Builders.Inviting() with
        {
            Status = ConferenceStatus.Cancelled,
        });

        letter.Subject.Should().Be($"Thông báo hủy: {Title}");
        foreach (var content in new[] { letter.Text, Visible(letter) })
        {
            content.Should().Contain("THÔNG BÁO HỦY HỘI NGHỊ")
                .And.Contain("Kính gửi: đồng chí Trần Văn Bình, Giám đốc Sở Tư pháp")
                .And.Contain($"Thường trực HĐND tỉnh Nghệ An trân trọng thông báo hủy {Title} dự kiến tổ chức vào lúc " +
                    "7 giờ 30, sáng thứ Sáu, ngày 02/08/2024 (đến 11 giờ 30), tại Hội trường UBND thị xã Cửa Lò")
                .And.Contain("không còn hiệu lực")
                .And.Contain("thành thật xin lỗi vì sự bất tiện này và mong đồng chí thông cảm.");
        }

        Hrefs(letter).Should().BeEmpty();
        letter.Html.Should().NotContain(Link.Host);
        letter.Text.Should().NotContain(Link.Host).And.NotContain("tra-loi");
    }

    [Fact]
    public void Cancellation_to_a_unit_addresses_the_unit()
    {
        var letter = Compose(LetterKind.Cancellation, Invited(Builders.FrontUnit));

        letter.Text.Should().Contain("Kính gửi: Ủy ban MTTQ Việt Nam tỉnh\n")
            .And.Contain("mong Ủy ban MTTQ Việt Nam tỉnh thông cảm.");
    }
}
