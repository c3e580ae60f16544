using System.Net;
using System.Text.RegularExpressions;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Pages.Account;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests.Pages;

[Collection(PagesAppCollection.Name)]
public sealed partial class SignInPageTests(PagesAppFixture app)
{
    [Fact]
    public async Task Sign_in_link_from_the_development_mailbox_signs_in_on_POST_only_and_returns_to_the_page_asked_for()
    {
        using var browser = app.NewSession();
        var asked = await browser.GetAsync("/hoi-nghi/tao-moi");
        asked.Status.Should().Be(HttpStatusCode.Redirect);
        asked.Location!.OriginalString.Should().Contain("/dang-nhap?ReturnUrl=%2Fhoi-nghi%2Ftao-moi");

        var sent = await browser.SubmitAsync(asked.Location.PathAndQuery, asked.Location.PathAndQuery, ("Email", PagesAppFixture.OrganizerEmail));
        sent.Status.Should().Be(HttpStatusCode.OK);
        sent.Text.Should().Contain("Vui lòng kiểm tra hộp thư").And.Contain("Đường dẫn có hiệu lực 15 phút");

        var mail = await SignInMailAsync(PagesAppFixture.OrganizerEmail);
        mail.Subject.Should().Be("Đường dẫn đăng nhập – Hội nghị Thường trực HĐND");
        mail.Text.Should().Contain("Kính gửi đồng chí Nguyễn Thị Tổ Chức").And.Contain("15 phút");
        var link = new Uri(SignInLink().Match(mail.Text).Value);
        link.GetLeftPart(UriPartial.Authority).Should().Be(app.BaseAddress.GetLeftPart(UriPartial.Authority));

        // Opening the link (as a mail scanner would) shows a button and signs nobody in.
        var opened = await browser.GetAsync(link.PathAndQuery);
        opened.Status.Should().Be(HttpStatusCode.OK);
        opened.Text.Should().Contain("Nguyễn Thị Tổ Chức");
        opened.Html.Should().Contain("<button type=\"submit\">Đăng nhập</button>");
        opened.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        opened.Headers.CacheControl!.NoStore.Should().BeTrue();
        (await browser.GetAsync("/hoi-nghi")).Status.Should().Be(HttpStatusCode.Redirect, "GET never signs in");

        var signedIn = await browser.PostAsync(link.PathAndQuery, [(PageSession.AntiforgeryField, opened.AntiforgeryToken()), ("ReturnUrl", "/hoi-nghi/tao-moi")]);
        signedIn.Status.Should().Be(HttpStatusCode.Redirect);
        signedIn.Location!.OriginalString.Should().Be("/hoi-nghi/tao-moi");

        var list = await browser.GetAsync("/hoi-nghi");
        list.Status.Should().Be(HttpStatusCode.OK);
        list.Text.Should().Contain("Hội nghị").And.Contain("Nguyễn Thị Tổ Chức").And.Contain("Đăng xuất");

        var signedOut = await browser.SubmitAsync("/hoi-nghi", "/dang-xuat");
        signedOut.Status.Should().Be(HttpStatusCode.Redirect);
        (await browser.GetAsync("/hoi-nghi")).Status.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_page_says_the_same_for_an_unknown_address_and_sends_nothing()
    {
        using var browser = app.NewSession();
        const string Known = "phe-duyet@hdnd.localhost";
        var stranger = $"nguoi-la-{Guid.NewGuid():N}@example.vn";

        var known = await browser.SubmitAsync("/dang-nhap", "/dang-nhap", ("Email", Known));
        var unknown = await browser.SubmitAsync("/dang-nhap", "/dang-nhap", ("Email", stranger));

        unknown.Status.Should().Be(known.Status).And.Be(HttpStatusCode.OK);
        unknown.Text.Replace(stranger, "@", StringComparison.Ordinal).Should().Be(known.Text.Replace(Known, "@", StringComparison.Ordinal));
        (await SignInMailAsync(Known)).To.Address.Should().Be(Known);
        (await app.Mail.ToAsync(stranger)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_malformed_address_is_shown_next_to_the_field_with_what_was_typed()
    {
        using var browser = app.NewSession();

        var refused = await browser.SubmitAsync("/dang-nhap", "/dang-nhap", ("Email", "khong-phai-email"));

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-email-error\"").And.Contain("value=\"khong-phai-email\"").And.Contain("aria-invalid=\"true\"");
        refused.Text.Should().Contain("Vui lòng nhập địa chỉ email hợp lệ");
    }

    [Fact]
    public async Task Tampered_and_expired_links_get_a_Vietnamese_page_and_sign_nobody_in()
    {
        using var browser = app.NewSession();
        var token = app.Factory.Services.GetRequiredService<SignInLinks>().Issue(PagesAppFixture.OrganizerEmail);
        var tampered = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];

        var forged = await browser.GetAsync($"/dang-nhap/{tampered}");
        forged.Status.Should().Be(HttpStatusCode.NotFound);
        forged.Text.Should().Contain("Đường dẫn đăng nhập không hợp lệ");
        forged.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var expired = await browser.GetAsync($"/dang-nhap/{token}");
        expired.Status.Should().Be(HttpStatusCode.Gone);
        expired.Text.Should().Contain("Đường dẫn đăng nhập đã hết hạn").And.Contain("Yêu cầu đường dẫn đăng nhập mới");

        var form = await browser.GetAsync("/dang-nhap");
        var post = await browser.PostAsync($"/dang-nhap/{token}", [(PageSession.AntiforgeryField, form.AntiforgeryToken())]);
        post.Status.Should().Be(HttpStatusCode.Gone);
        (await browser.GetAsync("/hoi-nghi")).Status.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_link_signs_in_once_and_a_later_use_gets_a_Vietnamese_page_and_no_cookie()
    {
        var token = Links.Issue(PagesAppFixture.OrganizerEmail);
        var path = $"/dang-nhap/{token}";
        using var first = app.NewSession();
        var signedIn = await first.SubmitAsync(path, path);
        signedIn.Status.Should().Be(HttpStatusCode.Redirect);
        SetsAuthCookie(signedIn).Should().BeTrue();

        // The use is a row keyed by a hash of the link's random bytes, with the expiry: no token, no address.
        var link = Links.Read(token)!;
        link.Id.Should().MatchRegex("^[0-9a-f]{64}$");
        var row = await app.Factory.Services.GetRequiredService<TableServiceClient>().GetTableClient(UsedSignInLinks.TableName)
            .GetEntityAsync<TableEntity>(link.Id, "used");
        row.Value.GetDateTimeOffset("Expires").Should().Be(link.Expires);

        // Opened again, or posted from another browser (a forwarded e-mail): refused, nobody signed in.
        using var second = app.NewSession();
        var opened = await second.GetAsync(path);
        var posted = await second.PostAsync(path, [(PageSession.AntiforgeryField, (await second.GetAsync("/dang-nhap")).AntiforgeryToken())]);
        foreach (var refused in new[] { opened, posted })
        {
            refused.Status.Should().Be(HttpStatusCode.Gone);
            refused.Text.Should().Contain("Đường dẫn đăng nhập đã được sử dụng")
                .And.Contain("chỉ dùng được một lần").And.Contain("yêu cầu một đường dẫn mới tại trang đăng nhập");
            refused.Html.Should().Contain($"href=\"{SignInLinks.Path}\"");
            SetsAuthCookie(refused).Should().BeFalse();
        }

        (await second.GetAsync("/hoi-nghi")).Status.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Of_concurrent_posts_of_one_link_exactly_one_signs_in()
    {
        var path = $"/dang-nhap/{Links.Issue(PagesAppFixture.OrganizerEmail)}";
        var browsers = Enumerable.Range(0, 5).Select(_ => app.NewSession()).ToArray();
        try
        {
            var forms = await Task.WhenAll(browsers.Select(b => b.GetAsync(path)));
            var answers = await Task.WhenAll(browsers.Select((b, i) => b.PostAsync(path, [(PageSession.AntiforgeryField, forms[i].AntiforgeryToken())])));

            answers.Count(a => a.Status == HttpStatusCode.Redirect && SetsAuthCookie(a)).Should().Be(1);
            answers.Where(a => a.Status != HttpStatusCode.Redirect).Should().HaveCount(4)
                .And.OnlyContain(a => a.Status == HttpStatusCode.Gone && a.Text.Contains("Đường dẫn đăng nhập đã được sử dụng") && !SetsAuthCookie(a));
            var lists = await Task.WhenAll(browsers.Select(b => b.GetAsync("/hoi-nghi")));
            lists.Count(l => l.Status == HttpStatusCode.OK).Should().Be(1);
        }
        finally
        {
            foreach (var browser in browsers)
            {
                browser.Dispose();
            }
        }
    }

    [Fact]
    public async Task Get_and_head_leave_the_link_unused()
    {
        var path = $"/dang-nhap/{Links.Issue(PagesAppFixture.OrganizerEmail)}";
        using var scanner = app.NewSession();
        (await scanner.GetAsync(path)).Status.Should().Be(HttpStatusCode.OK);
        using (var head = await scanner.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative))))
        {
            head.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var browser = app.NewSession();
        var opened = await browser.GetAsync(path);
        opened.Status.Should().Be(HttpStatusCode.OK);
        opened.Html.Should().Contain("<button type=\"submit\">Đăng nhập</button>");
        var signedIn = await browser.PostAsync(path, [(PageSession.AntiforgeryField, opened.AntiforgeryToken())]);
        signedIn.Status.Should().Be(HttpStatusCode.Redirect);
        SetsAuthCookie(signedIn).Should().BeTrue();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_a_Vietnamese_page()
    {
        using var browser = app.NewSession();

        var refused = await browser.PostAsync("/dang-nhap", [("Email", PagesAppFixture.OrganizerEmail)]);

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Text.Should().Contain("Biểu mẫu không được chấp nhận");
    }

    private SignInLinks Links => app.Factory.Services.GetRequiredService<SignInLinks>();

    private static bool SetsAuthCookie(PageResponse response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("hdnd.auth=", StringComparison.Ordinal));

    private Task<DevMailMessage> SignInMailAsync(string address) => Eventually.GetAsync(
        async () => (await app.Mail.ToAsync(address)).FirstOrDefault(m => m.IdempotencyKey.StartsWith("sign-in-", StringComparison.Ordinal)),
        TimeSpan.FromSeconds(30),
        $"The sign-in e-mail to {address}");

    [GeneratedRegex(@"http://[^\s""<>]+/dang-nhap/[A-Za-z0-9_-]+(\?returnUrl=[^\s""<>]+)?")]
    private static partial Regex SignInLink();
}
