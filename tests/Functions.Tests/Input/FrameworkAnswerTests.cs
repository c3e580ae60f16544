using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>
/// Answers the framework gives on its own, found by the resilience suite's bad-input part: a charset no decoder knows
/// (was a 500), a content type or route an endpoint does not take, a validation problem without a title of its own
/// (titles in English), a page that does not exist
/// asked for by a browser (plain English text). All in Vietnamese, none a 5xx.
/// </summary>
[Collection(InputAppCollection.Name)]
public sealed class FrameworkAnswerTests(InputAppFixture app)
{
    [Fact]
    public async Task A_JSON_body_in_an_unknown_charset_is_a_415_problem_not_a_500()
    {
        var before = await app.ConferencesAsync();
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(InputSamples.Conference(app, "charset"), InputSamples.Json));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=x-nothing");

        using var response = await app.Organizer.PostAsync("/api/conferences", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await TitleAsync(response)).Should().Be("Bảng mã ký tự không được hỗ trợ: hãy gửi JSON bằng UTF-8.");
        (await app.ConferencesAsync()).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("POST", "/api/conferences", "text/plain", HttpStatusCode.UnsupportedMediaType, "Kiểu nội dung (Content-Type) không được hỗ trợ tại địa chỉ này.")]
    [InlineData("GET", "/api/khong-co", null, HttpStatusCode.NotFound, "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.")]
    [InlineData("GET", "/api/conferences/khong-phai-ma", null, HttpStatusCode.NotFound, "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.")]
    [InlineData("PATCH", "/api/councils", null, HttpStatusCode.MethodNotAllowed, "Địa chỉ này không nhận phương thức HTTP đã dùng.")]
    [InlineData("GET", "/api/instances?top=0", null, HttpStatusCode.BadRequest, "Dữ liệu gửi lên không hợp lệ.")]
    public async Task What_the_framework_refuses_on_its_own_has_a_Vietnamese_title(string method, string path, string? contentType, HttpStatusCode status, string title)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (contentType is not null)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, contentType);
        }

        using var response = await app.Organizer.SendAsync(request);

        response.StatusCode.Should().Be(status);
        (await TitleAsync(response)).Should().Be(title);
    }

    [Fact]
    public async Task A_page_that_does_not_exist_is_a_Vietnamese_page_for_a_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hoi-nghi/khong-phai-ma/sua");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await app.Anonymous.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<html lang=\"vi\">").And.Contain("Không tìm thấy trang").And.NotContain("Not Found");
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
    }
}
