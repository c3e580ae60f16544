using HdndWorkflow.Functions.Pages.Account;
using HdndWorkflow.Functions.Tests.Pages;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HdndWorkflow.Functions.Tests.Management;

/// <summary>
/// The console in a real browser (Debian's Chromium through Playwright) at a phone's width: an administrator signs in,
/// filters the list, opens an instance and terminates it, confirming on the second step; no script is needed for any of it.
/// </summary>
[Collection(ConsoleAppCollection.Name)]
public sealed class ConsoleBrowserTests(ConsoleAppFixture app)
{
    [Fact]
    public async Task On_a_phone_an_administrator_filters_opens_an_instance_and_terminates_it()
    {
        var prefix = $"dien-thoai-{Guid.NewGuid():N}-";
        var target = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{prefix}1");
        var other = await app.StartAsync(ConsoleOrchestrations.Failing, $"{prefix}2");
        await app.UntilAsync(other, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");
        await using var phone = await PhoneBrowser.OpenAsync();
        var page = phone.Page;

        await phone.SignInAsync(app.BaseAddress, app.Factory.Services, ConsoleAppFixture.AdministratorEmail);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Quy trình", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/quy-trinh");

        // Filter: the open filter form, a prefix and a status.
        await page.Locator("#bo-loc > summary").ClickAsync();
        await page.GetByLabel("Mã quy trình bắt đầu bằng").FillAsync(prefix);
        await page.GetByLabel("Trạng thái", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("Running");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lọc" }).ClickAsync();
        var rows = page.Locator("tr[data-instance]");
        await rows.First.WaitForAsync();
        (await rows.CountAsync()).Should().Be(1, "only the running instance passes the filter");
        (await rows.First.GetAttributeAsync("data-instance")).Should().Be(target);
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(PhoneBrowser.Width, "the list fits a phone without horizontal scrolling");

        // Open it and terminate it: the first press asks, the second does it.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = target }).ClickAsync();
        await page.Locator("h1").WaitForAsync();
        (await page.Locator(".status").First.InnerTextAsync()).Should().Be("Đang chạy");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(PhoneBrowser.Width, "the instance page fits a phone too");
        await page.Locator("#dung > summary").ClickAsync();
        await page.GetByLabel("Lý do").FillAsync("Thử trên điện thoại");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Dừng hẳn…" }).ClickAsync();
        var confirm = page.Locator("#xac-nhan");
        await confirm.WaitForAsync();
        (await confirm.InnerTextAsync()).Should().Contain("Dừng hẳn quy trình?").And.Contain("Thử trên điện thoại");
        (await app.Engine.GetInstanceAsync(target))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running, "nothing happens before the confirmation");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Xác nhận dừng hẳn" }).ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        (await page.Locator(".notice").InnerTextAsync()).Should().Contain("Đã gửi yêu cầu dừng hẳn");

        var terminated = await app.UntilAsync(target, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Terminated, "terminated");
        terminated.ReadOutputAs<string>().Should().Be("Thử trên điện thoại");
        await page.ReloadAsync();
        (await page.Locator(".status").First.InnerTextAsync()).Should().Be("Đã dừng hẳn");
        (await page.Locator("#nhat-ky ~ ul").InnerTextAsync()).Should().Contain("dừng hẳn, bởi Lê Quản Trị (Thử trên điện thoại)");
    }
}
