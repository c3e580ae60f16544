using HdndWorkflow.Email.Tests.Support;

namespace HdndWorkflow.Email.Tests;

public sealed class OutgoingEmailTests
{
    [Fact]
    public void Render_replaces_each_key_once_longest_first_in_subject_html_and_text()
    {
        var email = Emails.Reminder(1) with
        {
            Subject = "-name- / -name-full-",
            Html = "<p>-name-full-</p>",
            Text = "-name-",
            Substitutions = new Dictionary<string, string> { ["-name-"] = "Bình -name-full-", ["-name-full-"] = "Trần Văn Bình" },
        };

        var rendered = email.Render();

        rendered.Subject.Should().Be("Bình -name-full- / Trần Văn Bình", "a substituted value is not substituted again");
        rendered.Html.Should().Be("<p>Trần Văn Bình</p>");
        rendered.Text.Should().Be("Bình -name-full-");
        rendered.Substitutions.Should().BeEmpty();
    }

    [Fact]
    public void Keys_build_from_invitation_purpose_and_revision()
    {
        EmailKey.For("3f2a", EmailPurposes.Reminder(2), 1).Should().Be("3f2a:reminder-2:r1");
        EmailKey.For("3f2a", EmailPurposes.Cancellation, 0).Should().Be("3f2a:cancellation:r0");
        FluentActions.Invoking(() => EmailPurposes.Reminder(0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Attachment_content_type_parameters_are_read()
    {
        var ics = new EmailAttachment("giay-moi.ics", "text/calendar; method=REQUEST; charset=\"UTF-8\"", []);

        ics.MediaType.Should().Be("text/calendar");
        ics.Parameter("METHOD").Should().Be("REQUEST");
        ics.Parameter("charset").Should().Be("UTF-8");
        ics.Parameter("name").Should().BeNull();
    }
}
