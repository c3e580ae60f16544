using System.Net;
using System.Net.Http.Json;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Conferences;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>The conference page shows an invitation that bounced and takes the corrected address in one form.</summary>
[Collection(PagesAppCollection.Name)]
public sealed class UndeliveredPageTests(PagesAppFixture app)
{
    [Fact]
    public async Task A_bounced_invitation_is_shown_and_its_corrected_address_is_sent_the_invitation()
    {
        var (conference, _) = await PlannedConferences.InvitedAsync(app, PlannedConferences.Invitees("tra-lai", 2));
        var invitee = (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0];
        var now = app.Clock.GetUtcNow();
        using (var bounce = app.Events.Request(SignedEvents.Bounce($"page-{Guid.NewGuid():N}", invitee.InviteeId.ToString(), conference.Id.ToString(), now), now))
        {
            (await app.Organizer.SendAsync(bounce)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var path = $"/hoi-nghi/{conference.Id}";
        var page = await browser.GetAsync(path);
        page.Text.Should().Contain("Giấy mời không gửi được").And.Contain("Không gửi được: địa chỉ không nhận thư").And.Contain("Sửa và gửi lại");
        page.Html.Should().Contain("class=\"undelivered\"");
        page.Text.Should().Contain("Được mời 1").And.Contain("Chưa trả lời 1").And.Contain("Không đến được 1");

        var action = $"{path}?handler=Address&invitee={invitee.InviteeId}";
        var refused = await browser.SubmitAsync(path, action, ("email", "sai@"));
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Text.Should().Contain("Địa chỉ email “sai@” không hợp lệ.");
        refused.Html.Should().Contain("value=\"sai@\"", "the typed address is kept");

        var corrected = $"da-sua-{Guid.NewGuid():N}@example.vn";
        var done = await browser.SubmitAsync(path, action, ("email", corrected));
        done.Status.Should().Be(HttpStatusCode.Redirect, done.Text);
        var after = await browser.GetAsync(done.Location!.OriginalString);
        after.Text.Should().Contain("Đã sửa địa chỉ email").And.Contain(corrected).And.NotContain("Giấy mời không gửi được");
        (await app.Mail.WaitForAsync(corrected, "invitation-a1")).Subject.Should().StartWith("Giấy mời");
        after.Text.Should().Contain("Được mời 2").And.Contain("Không đến được 0");
    }

    [Fact]
    public async Task A_bounced_deputy_invitation_is_shown_with_its_own_form_and_its_corrected_address_is_sent_the_invitation()
    {
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, PlannedConferences.Invitees("du-thay-tra-lai", 1));
        var wrong = $"du-thay-sai-{Guid.NewGuid():N}@example.vn";
        var answer = await app.Organizer.PostAsJsonAsync($"/api/invitations/{Mailbox.TokenIn(invitations[0])}/answer",
            new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput("Hồ Thị Dự Thay", "Phó Chủ tịch HĐND xã", wrong)));
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        var letter = await app.Mail.WaitForAsync(wrong, "invitation");
        var invitee = (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0];
        var now = app.Clock.GetUtcNow();
        using (var bounce = app.Events.Request(SignedEvents.Bounce($"page-deputy-{Guid.NewGuid():N}", letter.CustomArgs["invitation_id"], conference.Id.ToString(), now), now))
        {
            (await app.Organizer.SendAsync(bounce)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var path = $"/hoi-nghi/{conference.Id}";
        var page = await browser.GetAsync(path);
        page.Text.Should().Contain("Giấy mời không gửi được").And.Contain("Người dự thay: Hồ Thị Dự Thay")
            .And.Contain("Đã gửi; giấy mời người dự thay: Không gửi được: địa chỉ không nhận thư").And.Contain("Không đến được 0");
        page.Html.Should().Contain("data-deputy=\"true\"");

        var action = $"{path}?handler=DeputyAddress&invitee={invitee.InviteeId}";
        var refused = await browser.SubmitAsync(path, action, ("email", wrong));
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Text.Should().Contain("Địa chỉ mới trùng với địa chỉ không nhận được thư");

        var corrected = $"du-thay-da-sua-{Guid.NewGuid():N}@example.vn";
        var done = await browser.SubmitAsync(path, action, ("email", corrected));
        done.Status.Should().Be(HttpStatusCode.Redirect, done.Text);
        var after = await browser.GetAsync(done.Location!.OriginalString);
        after.Text.Should().Contain("Đã sửa địa chỉ email").And.NotContain("Giấy mời không gửi được").And.NotContain("giấy mời người dự thay:");
        (await app.Mail.WaitForAsync(corrected, "invitation")).Subject.Should().StartWith("Giấy mời dự thay");
    }
}
