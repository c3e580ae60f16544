using System.Net;
using System.Net.Http.Json;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Pages.Account;
using HdndWorkflow.Functions.Tests.Conferences;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// The organizer's conference page in a real browser (Debian's Chromium, driven by Playwright): under the
/// Content-Security-Policy its script runs (it carries the nonce) and refreshes the roll from the API with the sign-in
/// cookie, which the API still takes for reading.
/// </summary>
[Collection(PagesAppCollection.Name)]
public sealed class RollBrowserTests(PagesAppFixture app)
{
    [Fact]
    public async Task The_roll_refreshes_itself_from_the_API_when_an_invitee_answers()
    {
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, PlannedConferences.Invitees("cuon", 1));
        await using var phone = await PhoneBrowser.OpenAsync();
        var page = phone.Page;
        await phone.SignInAsync(app.BaseAddress, app.Factory.Services, PagesAppFixture.OrganizerEmail);
        await page.WaitForURLAsync("**/hoi-nghi");

        var opened = await page.GotoAsync(new Uri(app.BaseAddress, $"/hoi-nghi/{conference.Id}").AbsoluteUri);
        opened!.Status.Should().Be(200);
        var accepted = page.Locator("[data-count=\"accepted\"]");
        (await accepted.InnerTextAsync()).Should().Be("0");

        using (var answer = await app.Organizer.PostAsJsonAsync($"/api/invitations/{Mailbox.TokenIn(invitations[0])}/answer", new AnswerInput(AnswerInput.Accept)))
        {
            answer.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        // The script polls every 10 seconds; without it (blocked by the policy) the count would stay 0.
        await Assertions.Expect(accepted).ToHaveTextAsync("1", new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
        (await page.Locator("[data-updated]").InnerTextAsync()).Should().StartWith("Cập nhật lúc ");
        phone.PolicyViolations.Should().BeEmpty("the page's styles and script carry its Content-Security-Policy nonce");
    }

    [Fact]
    public async Task The_refreshed_roll_counts_a_bounced_invitation_apart_and_shows_a_deputy_s_that_bounced()
    {
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, PlannedConferences.Invitees("cuon-tra-lai", 2));
        await using var phone = await PhoneBrowser.OpenAsync();
        var page = phone.Page;
        await phone.SignInAsync(app.BaseAddress, app.Factory.Services, PagesAppFixture.OrganizerEmail);
        await page.WaitForURLAsync("**/hoi-nghi");
        (await page.GotoAsync(new Uri(app.BaseAddress, $"/hoi-nghi/{conference.Id}").AbsoluteUri))!.Status.Should().Be(200);
        (await page.Locator("[data-count=\"invited\"]").InnerTextAsync()).Should().Be("2");

        // The first invitee sends a deputy whose invitation bounces; the second invitee's own invitation bounces.
        var deputy = $"cuon-du-thay-{Guid.NewGuid():N}@example.vn";
        using (var answer = await app.Organizer.PostAsJsonAsync($"/api/invitations/{Mailbox.TokenIn(invitations[0])}/answer",
            new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput("Đỗ Văn Dự Thay", "Phó Chủ tịch HĐND xã", deputy))))
        {
            answer.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var letter = await app.Mail.WaitForAsync(deputy, "invitation");
        var second = (await PlannedConferences.RollAsync(app, conference.Id)).Entries[1].InviteeId;
        var now = app.Clock.GetUtcNow();
        foreach (var (id, key) in new[] { ("a", letter.CustomArgs["invitation_id"]), ("b", second.ToString()) })
        {
            using var bounce = app.Events.Request(HdndWorkflow.Testing.SignedEvents.Bounce($"cuon-{id}-{Guid.NewGuid():N}", key, conference.Id.ToString(), now), now);
            (await app.Organizer.SendAsync(bounce)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        // The script's next refresh: one invited, one that did not reach its invitee, and the deputy's bounce on the first line.
        var timeout = new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 };
        await Assertions.Expect(page.Locator("[data-count=\"undelivered\"]")).ToHaveTextAsync("1", timeout);
        await Assertions.Expect(page.Locator("[data-count=\"invited\"]")).ToHaveTextAsync("1", timeout);
        await Assertions.Expect(page.Locator("table.roll tbody tr").First.Locator("td").Last)
            .ToHaveTextAsync("Đã gửi; giấy mời người dự thay: Không gửi được: địa chỉ không nhận thư", timeout);
        phone.PolicyViolations.Should().BeEmpty();
    }
}
