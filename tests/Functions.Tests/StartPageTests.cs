using System.Net;
using System.Text;

namespace HdndWorkflow.Functions.Tests;

[Collection(AppCollection.Name)]
public sealed class StartPageTests(AppFixture app)
{
    [Fact]
    public async Task Start_page_is_Vietnamese_html_in_utf8_that_links_to_health()
    {
        using var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        var html = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        html.Should().StartWith("<!DOCTYPE html>")
            .And.Contain("<html lang=\"vi\">")
            .And.Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .And.Contain("<title>HdndWorkflow – Hội nghị Thường trực HĐND</title>")
            .And.Contain("Hội đồng nhân dân")
            .And.Contain("<a href=\"/health\">").And.Contain("<a href=\"/tin-tuc\">Tin hoạt động</a>");
        html.IsNormalized(NormalizationForm.FormC).Should().BeTrue("Vietnamese diacritics are sent precomposed (NFC)");
    }

    [Fact]
    public async Task Start_page_says_how_to_sign_in_and_in_Development_lists_the_accounts_and_the_mailbox()
    {
        using var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));

        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<a class=\"button\" href=\"/dang-nhap\">Đăng nhập</a>")
            .And.Contain("<strong>to-chuc@hdnd.localhost</strong> – Nguyễn Thị Tổ Chức (tổ chức hội nghị)")
            .And.Contain("<strong>quan-tri@hdnd.localhost</strong> – Lê Quản Trị (quản trị)")
            .And.Contain("<a href=\"/dev/mail\">/dev/mail</a>");
    }

    [Fact]
    public async Task Unknown_path_is_404_problem_details()
    {
        using var response = await app.Client.GetAsync(new Uri("/khong-co-trang-nay", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"status\":404");
    }
}
