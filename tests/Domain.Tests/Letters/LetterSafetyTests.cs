using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;
using static HdndWorkflow.Domain.Tests.Letters.LetterFixtures;

namespace HdndWorkflow.Domain.Tests.Letters;

public class LetterSafetyTests
{
    private const string Script = "<script>alert(\"x\")</script>";

    [Theory]
    [InlineData(LetterKind.Invitation)]
    [InlineData(LetterKind.Reminder)]
    [InlineData(LetterKind.Update)]
    [InlineData(LetterKind.Cancellation)]
    public void Names_typed_by_users_are_HTML_encoded(LetterKind kind)
    {
        var invitee = Builders.PersonA with { Name = Script, Organization = "Sở \"Tư pháp\" & <b>Nội vụ</b>" };
        var conference = Builders.Inviting() with
        {
            Venue = new Venue("<img src=x onerror=alert(1)>"),
            Agenda = [new AgendaItem("<a href=\"https://evil.example\">Bấm</a>")],
            CoChairs = [new CoChair("<i>Chủ trì</i>", [OfficialTitle.State("Phó Chủ tịch")])],
        };

        var letter = Compose(kind, Invited(invitee), conference, Builders.Inviting());

        letter.Html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>").And.NotContain("<i>")
            .And.NotContain("evil.example\"").And.Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
        Visible(letter).Should().Contain(Script);
        letter.Text.Should().Contain(Script);
    }

    [Fact]
    public void Deputy_and_inviting_invitee_names_are_HTML_encoded()
    {
        var recipient = new LetterRecipient.Deputed(
            LetterFixtures.CucDeputy with { Name = Script }, Builders.PersonA with { Name = "<u>Bình</u>" });

        var letter = Compose(LetterKind.DeputyInvitation, recipient);

        letter.Html.Should().NotContain("<script").And.NotContain("<u>").And.Contain("&lt;u&gt;");
    }

    [Fact]
    public void Html_is_a_UTF8_Vietnamese_single_column_document()
    {
        var html = Compose(LetterKind.Invitation, Invited(Builders.PersonA)).Html;

        html.Should().StartWith("<!DOCTYPE html>")
            .And.Contain("<html lang=\"vi\">")
            .And.Contain("<meta charset=\"utf-8\">")
            .And.Contain("content=\"width=device-width, initial-scale=1\"")
            .And.Contain("max-width:600px")
            .And.NotContain("<style")
            .And.NotContain("<script");
    }

    [Fact]
    public void Subject_stays_on_one_line_whatever_the_council_name_holds()
    {
        var council = Builders.NgheAn with { Name = "HĐND tỉnh\r\nBcc: someone@example.vn" };
        var conference = Builders.Inviting() with { Council = council };

        var letter = Compose(LetterKind.Reminder, Invited(Builders.PersonA), conference);

        letter.Subject.Should().NotContainAny("\r", "\n");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:a@example.vn")]
    [InlineData("/xac-nhan/k7Qz9")]
    public void Personal_link_must_be_an_absolute_web_address(string link)
    {
        var act = () => LetterComposer.Compose(
            LetterKind.Invitation, Builders.Inviting(), Invited(Builders.PersonA), new Uri(link, UriKind.RelativeOrAbsolute));

        act.Should().Throw<ArgumentException>().WithParameterName("personalLink");
    }

    [Theory]
    [InlineData(LetterKind.Invitation)]
    [InlineData(LetterKind.Reminder)]
    public void Invitation_and_reminder_go_only_to_invitees(LetterKind kind)
    {
        var act = () => Compose(kind, DeputyOf(Builders.PersonA));

        act.Should().Throw<ArgumentException>().WithParameterName("recipient");
    }

    [Fact]
    public void Deputy_invitation_goes_only_to_deputies()
    {
        var act = () => Compose(LetterKind.DeputyInvitation, Invited(Builders.PersonA));

        act.Should().Throw<ArgumentException>().WithParameterName("recipient");
    }

    [Fact]
    public void Recipient_gives_the_name_and_address_to_send_to()
    {
        LetterRecipient invited = Invited(Builders.FrontUnit);
        LetterRecipient deputy = DeputyOf(Builders.PersonA);

        invited.Name.Should().Be("Ủy ban MTTQ Việt Nam tỉnh");
        invited.Email.Should().Be(EmailAddress.From("mttq@example.vn"));
        deputy.Name.Should().Be("Phạm Thị Cúc");
        deputy.Email.Should().Be(EmailAddress.From("cuc.pt@example.vn"));
    }

    [Theory]
    [InlineData(LetterKind.Invitation)]
    [InlineData(LetterKind.Reminder)]
    [InlineData(LetterKind.Update)]
    [InlineData(LetterKind.Cancellation)]
    [InlineData(LetterKind.DeputyInvitation)]
    public void Letters_are_precomposed_unicode(LetterKind kind)
    {
        LetterRecipient recipient = kind == LetterKind.DeputyInvitation ? DeputyOf(Builders.PersonA) : Invited(Builders.PersonA);

        var letter = Compose(kind, recipient, Moved(Builders.Inviting()), Builders.Inviting());

        foreach (var text in new[] { letter.Subject, letter.Html, letter.Text })
        {
            text.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData(LetterKind.Invitation, true)]
    [InlineData(LetterKind.Update, true)]
    [InlineData(LetterKind.Cancellation, true)]
    [InlineData(LetterKind.DeputyInvitation, true)]
    [InlineData(LetterKind.Reminder, false)]
    public void Every_letter_but_the_reminder_mentions_the_attached_calendar(LetterKind kind, bool mentioned)
    {
        LetterRecipient recipient = kind == LetterKind.DeputyInvitation ? DeputyOf(Builders.PersonA) : Invited(Builders.PersonA);

        var letter = Compose(kind, recipient);

        letter.Text.Contains("(tệp .ics)", StringComparison.Ordinal).Should().Be(mentioned);
        Visible(letter).Contains("(tệp .ics)", StringComparison.Ordinal).Should().Be(mentioned);
    }

    [Fact]
    public void Letters_are_the_same_for_the_same_input() =>
        Compose(LetterKind.Invitation, Invited(Builders.PersonA)).Should().Be(Compose(LetterKind.Invitation, Invited(Builders.PersonA)));

    [Fact]
    public void Commune_council_signs_as_its_standing_committee()
    {
        var commune = new Council(new CouncilId("xa-nghi-loc"), "HĐND xã Nghi Lộc", AdministrativeUnitKind.Commune, "Văn phòng HĐND và UBND xã");
        var conference = Builders.Inviting() with { Council = commune, Scope = ConferenceScope.OwnCouncil };

        Compose(LetterKind.Invitation, Invited(Builders.PersonA), conference).Text.Should()
            .StartWith("THƯỜNG TRỰC HĐND XÃ NGHI LỘC\nGIẤY MỜI\n")
            .And.Contain("Mọi thông tin xin liên hệ Văn phòng HĐND và UBND xã.");
    }
}
