using System.Net;
using System.Net.Http.Json;
using System.Text;
using HdndWorkflow.Domain.Calendar;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Inbound;
using HdndWorkflow.Functions.Tests.Inbound;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// Replies by e-mail from end to end, over real HTTP to the app on Kestrel and a private Azurite: invitations go out
/// with a signed reply address (their Reply-To and their calendar's ORGANIZER, read back with Ical.Net); replies and a
/// calendar's Tentative arrive at the Inbound Parse route as SendGrid posts them; the roll changes, the confirmations
/// are in the development mailbox, and an unclear reply is recorded by the organizer's click on the conference page.
/// </summary>
[Collection(PagesAppCollection.Name)]
public sealed class ReplyByEmailTests(PagesAppFixture app)
{
    private string Route => $"/api/inbound/sendgrid/{app.Factory.Services.GetRequiredService<IOptions<InboundOptions>>().Value.RouteSecret}";

    [Fact]
    public async Task A_reply_and_a_calendar_answer_change_the_roll_once_and_are_confirmed_by_mail()
    {
        var people = PlannedConferences.Invitees("tra-loi", 2);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);

        // With replies by e-mail set up, the invitation says that a reply, or the calendar's buttons, answer it.
        invitations.Should().AllSatisfy(i => i.Text.Should().Contain("Đồng chí cũng có thể trả lời ngay bằng cách phản hồi thư này")
            .And.Contain("Chấp nhận (Accept) hay Từ chối (Decline) trên lịch hội nghị đính kèm thư này"));

        // Each invitation answers to a signed address of its own: the Reply-To, and the calendar's organizer.
        var replyTo = invitations.Select(i => i.ReplyTo!.Address).ToArray();
        replyTo.Should().OnlyHaveUniqueItems().And.AllSatisfy(a => a.Should().MatchRegex("^tra-loi\\+[a-z2-7]{53}@tra-loi\\.hdnd\\.localhost$"));
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(invitations[0].Attachments.Single(a => a.FileName.EndsWith(".ics", StringComparison.Ordinal)).Content))!;
        calendar.Method.Should().Be("REQUEST");
        var invite = calendar.Events.Single();
        invite.Organizer!.Value.Should().Be(new Uri("mailto:" + replyTo[0]));
        invite.Attendees.Single().Value.Should().Be(new Uri("mailto:" + people[0].Email!.ToLowerInvariant()));
        invite.Uid.Should().Be(ConferenceCalendar.Uid(new ConferenceId(conference.Id)));

        // The first invitee replies from Gmail, above the quoted invitation; SendGrid posts it twice.
        var reply = new InboundPost($"Nguyễn Văn Đại Biểu 1 <{people[0].Email}>", replyTo[0], $"Re: {invitations[0].Subject}",
            "Dạ, em xác nhận tham dự ạ.\n\nVào Th 2, 21 thg 7, 2025 lúc 08:00 Văn phòng <no-reply@hdnd.localhost> đã viết:\n\n> " + invitations[0].Text.Replace("\n", "\n> ", StringComparison.Ordinal));
        (await PostAsync(reply)).Should().Be(nameof(InboxOutcome.Recorded));
        (await PostAsync(reply)).Should().Be(nameof(InboxOutcome.Duplicate));

        var roll = await PlannedConferences.RollAsync(app, conference.Id);
        roll.Entries[0].Response.Should().Be("Accepted");
        roll.Entries[0].AnsweredVia.Should().Be("Email");
        var confirmation = await app.Mail.WaitForAsync(people[0].Email!, ReplyConfirmations.Recorded);
        confirmation.Subject.Should().StartWith("Đã ghi nhận trả lời");
        confirmation.Text.Should().Contain("Trả lời: Tham dự").And.Contain("/xac-nhan/");
        confirmation.ReplyTo!.Address.Should().Be(replyTo[0], "a reply to the confirmation answers the same invitation");
        (await app.Mail.ToAsync(people[0].Email!)).Count(m => m.CustomArgs["purpose"] == ReplyConfirmations.Recorded).Should().Be(1, "a message posted twice is confirmed once");

        // The second presses "Maybe" in Gmail: a calendar REPLY to the organizer, the same signed address.
        var tentative = new InboundPost(people[1].Email!, replyTo[1], $"Đã chấp nhận có điều kiện: {conference.Title}", "Nguyễn Văn Đại Biểu 2 đã trả lời Có thể")
        {
            Calendar = CalendarReplies.Gmail(invite.Uid!, 0, people[1].Email!, "TENTATIVE", replyTo[1]),
        };
        (await PostAsync(tentative)).Should().Be(nameof(InboxOutcome.Recorded));
        roll = await PlannedConferences.RollAsync(app, conference.Id);
        roll.Entries[1].Response.Should().Be("Tentative");
        roll.Entries[1].AnsweredVia.Should().Be("Calendar");
        roll.Counts.Tentative.Should().Be(1);
        roll.Counts.NotAnswered.Should().Be(0);

        // Tentative is still reminded; the one who accepted is not.
        app.Clock.Advance(TimeSpan.FromDays(5));
        var reminder = await app.Mail.WaitForAsync(people[1].Email!, "reminder-72h");
        reminder.Subject.Should().StartWith("Nhắc xác nhận tham dự");
        reminder.Text.Should().Contain("phản hồi thư này").And.Contain("lịch hội nghị đã gửi kèm giấy mời");
        (await app.Mail.ToAsync(people[0].Email!)).Should().NotContain(m => m.CustomArgs["purpose"].StartsWith("reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unclear_reply_from_another_address_waits_on_the_page_until_the_organizer_records_it_with_one_click()
    {
        var people = PlannedConferences.Invitees("chua-ro", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        var secretary = $"thu-ky-{Guid.NewGuid():N}@haiphu.gov.vn";
        var question = new InboundPost($"Thư ký <{secretary}>", invitations[0].ReplyTo!.Address, "Re: Giấy mời",
            "Cho hỏi hội nghị có bố trí xe đưa đón không? <script>alert('x')</script>");
        (await PostAsync(question)).Should().Be(nameof(InboxOutcome.Unclear));
        (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0].Response.Should().Be("NoAnswer", "a question is never read as an answer");

        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var path = $"/hoi-nghi/{conference.Id}";
        var page = await browser.GetAsync(path);
        page.Text.Should().Contain("Thư trả lời cần xem (1)").And.Contain("Thư có câu hỏi").And.Contain(secretary)
            .And.Contain("không phải địa chỉ email của đại biểu").And.Contain("Cho hỏi hội nghị có bố trí xe đưa đón không?");
        page.Html.Should().Contain("&lt;script&gt;alert(").And.NotContain("<script>alert(", "text from a mail is never rendered as markup");
        var replyId = System.Text.RegularExpressions.Regex.Match(page.Html, "data-reply=\"(?<id>[0-9a-f]{32})\"").Groups["id"].Value;

        var recorded = await browser.SubmitAsync(path, $"{path}?handler=Reply", ("replyId", replyId), ("answer", AnswerInput.Accept));
        recorded.Status.Should().Be(HttpStatusCode.Redirect, recorded.Html);
        var after = await browser.GetAsync(recorded.Location!.OriginalString);
        after.Text.Should().Contain("Đã ghi nhận trả lời theo thư").And.NotContain("Thư trả lời cần xem")
            .And.Contain("Tham dự · người tổ chức ghi nhận");

        var again = await browser.SubmitAsync(path, $"{path}?handler=Reply", ("replyId", replyId), ("answer", AnswerInput.Decline));
        again.Status.Should().Be(HttpStatusCode.Conflict, "a reply is recorded once");

        var roll = await PlannedConferences.RollAsync(app, conference.Id);
        roll.Entries[0].Response.Should().Be("Accepted");
        roll.Entries[0].AnsweredVia.Should().Be("Organizer");
        (await app.Mail.WaitForAsync(secretary, ReplyConfirmations.Recorded + "-sender")).Text.Should().Contain("Trả lời: Tham dự").And.NotContain("/xac-nhan/", "the invitee's link is not the sender's");
        (await app.Mail.WaitForAsync(people[0].Email!, ReplyConfirmations.Recorded)).Text.Should().Contain(secretary);
    }

    private async Task<string> PostAsync(InboundPost post)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var content = post.ToContent();
        using var response = await client.PostAsync(new Uri(Route, UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<InboundResult>())!.Outcome;
    }
}
