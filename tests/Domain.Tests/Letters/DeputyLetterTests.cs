using HdndWorkflow.Domain.Letters;
using static HdndWorkflow.Domain.Tests.Letters.LetterFixtures;

namespace HdndWorkflow.Domain.Tests.Letters;

public class DeputyLetterTests
{
    [Fact]
    public void Deputy_letter_names_the_invitee_who_sent_the_deputy()
    {
        var letter = Compose(LetterKind.DeputyInvitation, DeputyOf(Builders.PersonA));

        letter.Subject.Should().Be($"Giấy mời dự thay: {Builders.Conference().Title}");
        foreach (var content in new[] { letter.Text, Visible(letter) })
        {
            content.Should().Contain("Kính gửi: đồng chí Phạm Thị Cúc, Phó Giám đốc Sở Tư pháp")
                .And.Contain("Đồng chí Trần Văn Bình, Giám đốc Sở Tư pháp đã cử đồng chí dự thay tại Hội nghị trao đổi")
                .And.Contain("Thường trực HĐND tỉnh Nghệ An trân trọng kính mời đồng chí tới dự.")
                .And.Contain("đồng chủ trì.")
                .And.Contain("Vào lúc 7 giờ 30, sáng thứ Sáu, ngày 02/08/2024")
                .And.Contain("báo lại đồng chí Trần Văn Bình");
        }
    }

    [Fact]
    public void Deputy_letter_links_to_the_personal_page_without_preselecting_an_answer()
    {
        var letter = Compose(LetterKind.DeputyInvitation, DeputyOf(Builders.PersonA));

        Hrefs(letter).Should().Equal(Link.AbsoluteUri);
        letter.Text.Should().Contain($"Xem thông tin hội nghị:\n{Link.AbsoluteUri}\n").And.NotContain("tra-loi");
    }

    [Fact]
    public void A_unit_sends_a_representative()
    {
        var letter = Compose(LetterKind.DeputyInvitation, DeputyOf(Builders.FrontUnit));

        letter.Text.Should().Contain("Ủy ban MTTQ Việt Nam tỉnh đã cử đồng chí đại diện tham dự Hội nghị")
            .And.Contain("báo lại Ủy ban MTTQ Việt Nam tỉnh");
    }
}
