using HdndWorkflow.Functions.Pages.Account;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// Debian's Chromium driven by Playwright as a phone (390×844, touch, vi-VN). No browser is downloaded: the test fails,
/// saying how to install it, when /usr/bin/chromium is missing.
/// </summary>
public sealed class PhoneBrowser : IAsyncDisposable
{
    public const int Width = 390;
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private readonly List<string> _policyViolations = [];

    private PhoneBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        (_playwright, _browser, Page) = (playwright, browser, page);
        // Chromium reports what the Content-Security-Policy blocked (a style, a script, a fetch) on the console.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add(message.Text);
                }
            }
        };
    }

    public IPage Page { get; }

    /// <summary>What the pages' Content-Security-Policy blocked so far: nothing, when every style and script is the page's own.</summary>
    public IReadOnlyList<string> PolicyViolations
    {
        get
        {
            lock (_policyViolations)
            {
                return [.. _policyViolations];
            }
        }
    }

    /// <summary>Signs <paramref name="email"/> in as a person does: the sign-in link the app mails, then its button.</summary>
    public async Task SignInAsync(Uri baseAddress, IServiceProvider services, string email)
    {
        var signIn = services.GetRequiredService<SignInLinks>().Issue(email);
        await Page.GotoAsync(new Uri(baseAddress, $"/dang-nhap/{signIn}").AbsoluteUri);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Đăng nhập" }).ClickAsync();
    }

    public static async Task<PhoneBrowser> OpenAsync()
    {
        Assert.True(File.Exists(Chromium), $"The browser test needs Chromium at {Chromium}: install it with `apt-get install -y chromium` (.ci/run does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
        });
        return new PhoneBrowser(playwright, browser, await context.NewPageAsync());
    }

    /// <summary>The page's scroll width: at most <see cref="Width"/> when nothing scrolls sideways.</summary>
    public Task<int> ScrollWidthAsync() => Page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
