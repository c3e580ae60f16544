using Microsoft.Playwright;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// A published article in a real browser (Debian's Chromium, driven by Playwright) at a phone's size: no horizontal
/// scrolling, A+ enlarges the text (and the choice survives a reload), and the print view hides navigation and buttons.
/// </summary>
[Collection(ConclusionPagesCollection.Name)]
public sealed class ArticleBrowserTests(PagesAppFixture app)
{
    [Fact]
    public async Task On_a_phone_the_article_fits_A_plus_enlarges_the_text_and_the_print_view_hides_buttons_and_navigation()
    {
        var id = await HeldConferences.PublishedAsync(app, "trinh-duyet");

        await using var phone = await PhoneBrowser.OpenAsync();
        var page = phone.Page;

        var opened = await page.GotoAsync(new Uri(app.BaseAddress, $"/tin-tuc/{id}").AbsoluteUri);
        opened!.Status.Should().Be(200);
        (await page.Locator("h1").InnerTextAsync()).Should().StartWith("Hội nghị trao đổi kinh nghiệm hoạt động");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(PhoneBrowser.Width, "the article fits a phone without horizontal scrolling");

        var larger = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Phóng to chữ" });
        var smaller = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Thu nhỏ chữ" });
        (await larger.IsVisibleAsync()).Should().BeTrue("the script shows the text size buttons");
        var before = await FontSizeAsync(page);
        await larger.ClickAsync();
        await larger.ClickAsync();
        var after = await FontSizeAsync(page);
        after.Should().BeGreaterThan(before, "A+ enlarges the article's text");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(PhoneBrowser.Width, "larger text still wraps within the phone's width");

        await page.ReloadAsync();
        (await FontSizeAsync(page)).Should().Be(after, "the chosen size is kept in the browser");
        await smaller.ClickAsync();
        (await FontSizeAsync(page)).Should().BeLessThan(after, "A− makes it smaller again");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await larger.IsVisibleAsync()).Should().BeFalse("buttons are not printed");
        (await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "In bài" }).IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("header.site nav").IsVisibleAsync()).Should().BeFalse("navigation is not printed");
        (await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Gửi bài qua email" }).IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("#bai-viet .noi-dung p").First.IsVisibleAsync()).Should().BeTrue("the article itself is printed");
        (await page.Locator("#bai-viet h1").IsVisibleAsync()).Should().BeTrue();
        phone.PolicyViolations.Should().BeEmpty("the page's styles and script carry its Content-Security-Policy nonce");
    }

    private static Task<double> FontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('#bai-viet .noi-dung p')).fontSize)");
}
