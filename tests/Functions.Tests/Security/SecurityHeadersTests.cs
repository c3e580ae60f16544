using System.Net;
using System.Text.RegularExpressions;
using HdndWorkflow.Functions.Security;
using HdndWorkflow.Functions.Tests.Pages;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>The headers every answer carries, over real HTTP (Kestrel): pages, API, personal links, errors and 429s.</summary>
[Collection(PagesAppCollection.Name)]
public sealed partial class SecurityHeadersTests(PagesAppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dang-nhap")]
    [InlineData("/hoi-nghi")]
    [InlineData("/tin-tuc")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/xac-nhan/khong-co-ma-nay")]
    [InlineData("/dang-nhap/khong-co-ma-nay")]
    [InlineData("/api/conferences")]
    [InlineData("/api/invitations/khong-co-ma-nay")]
    [InlineData("/api/portal/articles")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health")]
    public async Task Every_answer_forbids_framing_and_sniffing_has_a_policy_with_nonces_sends_no_referrer_and_no_Server(string path)
    {
        using var anonymous = app.NewSession();

        var answer = await anonymous.GetAsync(path);

        AssertSecurityHeaders(answer);
        answer.Headers.Contains("Server").Should().BeFalse("Kestrel does not name itself");
    }

    [Theory]
    [InlineData("/xac-nhan/khong-co-ma-nay")]
    [InlineData("/dang-nhap/khong-co-ma-nay")]
    [InlineData("/api/invitations/khong-co-ma-nay")]
    public async Task Personal_links_are_never_stored_and_their_429_is_not_either(string path)
    {
        using var stranger = app.NewSession();
        var link = $"{path}-{Guid.NewGuid():N}";

        var answers = new List<PageResponse>();
        for (var i = 0; i <= LinkRateLimiting.PerLinkPerMinute; i++)
        {
            answers.Add(await stranger.GetAsync(link));
        }

        answers[^1].Status.Should().Be(HttpStatusCode.TooManyRequests);
        answers.Should().AllSatisfy(answer =>
        {
            answer.Headers.CacheControl!.NoStore.Should().BeTrue();
            answer.Headers.Pragma.ToString().Should().Be("no-cache");
            AssertSecurityHeaders(answer);
        });
        (await stranger.GetAsync("/")).Headers.CacheControl?.NoStore.Should().NotBe(true, "other pages may be cached by the browser");
    }

    [Fact]
    public async Task A_page_style_runs_with_the_nonce_of_its_own_answer_drawn_afresh_each_time()
    {
        using var anonymous = app.NewSession();

        var first = await anonymous.GetAsync("/dang-nhap");
        var second = await anonymous.GetAsync("/dang-nhap");
        var start = await anonymous.GetAsync("/");

        foreach (var page in new[] { first, second, start })
        {
            var nonce = Nonce().Match(Policy(page)).Groups["nonce"].Value;
            nonce.Should().NotBeEmpty();
            page.Html.Should().Contain($"<style nonce=\"{nonce}\">");
            StyleOrScript().Matches(page.Html).Should().AllSatisfy(tag => tag.Value.Should().Contain($"nonce=\"{nonce}\""));
        }

        Nonce().Match(Policy(first)).Value.Should().NotBe(Nonce().Match(Policy(second)).Value);
    }

    [Fact]
    public async Task Outside_the_Functions_host_X_Forwarded_Proto_is_ignored()
    {
        // Only the Functions host's hop may say the client used HTTPS; here the app listens for anyone.
        using var anonymous = app.NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dang-nhap", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await anonymous.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith("hdnd.antiforgery=", StringComparison.Ordinal))
            .Which.Should().NotContainEquivalentOf("secure", "the request stays plain HTTP");
    }

    private static void AssertSecurityHeaders(PageResponse answer)
    {
        answer.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        answer.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        answer.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        Policy(answer).Should().StartWith("default-src 'none'; script-src 'nonce-").And.Contain("frame-ancestors 'none'")
            .And.Contain("base-uri 'none'").And.Contain("form-action 'self'").And.NotContain("unsafe");
    }

    private static string Policy(PageResponse answer) => answer.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Which;

    [GeneratedRegex("script-src 'nonce-(?<nonce>[A-Za-z0-9_-]{22})'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<(script|style)\\b[^>]*>")]
    private static partial Regex StyleOrScript();
}
