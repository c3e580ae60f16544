using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// The confirmation page in a real browser (Debian's Chromium, driven by Playwright) at a phone's size: the invitee
/// opens the link of a real invitation e-mail, sends a deputy, and sees the answer recorded.
/// </summary>
[Collection(PagesAppCollection.Name)]
public sealed partial class ConfirmationBrowserTests(PagesAppFixture app)
{
    [Fact]
    public async Task On_a_phone_an_invitee_sends_a_deputy_from_the_invitation_link_without_horizontal_scrolling()
    {
        var people = PlannedConferences.Invitees("dien-thoai", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        var link = ConfirmationLink().Match(invitations[0].Text).Value;
        link.Should().StartWith(app.BaseAddress.GetLeftPart(UriPartial.Authority) + "/xac-nhan/", "the e-mail links to the app");

        await using var phone = await PhoneBrowser.OpenAsync();
        var page = phone.Page;

        var opened = await page.GotoAsync(link);
        opened!.Status.Should().Be(200);
        (await page.Locator("h1").InnerTextAsync()).Should().Be(conference.Title);
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(PhoneBrowser.Width, "the form fits a phone without horizontal scrolling");

        await page.GetByLabel("Cử người dự thay").CheckAsync();
        await page.GetByLabel("Họ và tên người dự thay").FillAsync("Trần Thị Dự Thay");
        await page.GetByLabel("Chức vụ", new PageGetByLabelOptions { Exact = true }).FillAsync("Phó Chủ tịch HĐND xã");
        await page.GetByLabel("Email", new PageGetByLabelOptions { Exact = true }).FillAsync($"du-thay-{Guid.NewGuid():N}@example.vn");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Gửi xác nhận" }).ClickAsync();

        var confirmation = page.Locator("#da-ghi-nhan");
        await confirmation.WaitForAsync();
        (await confirmation.InnerTextAsync()).Should().Contain("Đã ghi nhận trả lời của đồng chí Nguyễn Văn Đại Biểu 1: Cử người dự thay: Trần Thị Dự Thay – Phó Chủ tịch HĐND xã.");
        page.Url.Should().EndWith("?ket-qua=da-ghi", "the answer's post is followed by a redirect, so a refresh only reads");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(PhoneBrowser.Width);
        (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0].Response.Should().Be("DeputySent");
        phone.PolicyViolations.Should().BeEmpty("the page's styles carry its Content-Security-Policy nonce");
    }

    [GeneratedRegex(@"http://[^\s]+/xac-nhan/[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmationLink();
}
