using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Hosting;
using HdndWorkflow.Email.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Email.Tests.Development;

/// <summary>The mailbox's pages and JSON through a real ASP.NET Core app on a loopback port.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevelopmentMailboxEndpointsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_list_page_links_each_email_newest_first()
    {
        await using var app = await StartAsync();
        await app.Services.GetRequiredService<IEmailSender>().SendAsync([Emails.Invitation(1), Emails.Reminder(2)]);

        var response = await app.Client.GetAsync(new Uri("/dev/mail", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("Hộp thư phát triển").And.Contain("Giấy mời dự hội nghị").And.Contain("Nhắc xác nhận tham dự hội nghị");
        html.Should().Contain($"href=\"/dev/mail/{DevelopmentMailbox.IdFor(Emails.Invitation(1).IdempotencyKey)}\"");
    }

    [Fact]
    public async Task An_email_page_shows_the_html_in_a_sandboxed_frame_whose_links_open_in_the_window()
    {
        await using var app = await StartAsync();
        var invitation = Emails.Invitation(5);
        await app.Services.GetRequiredService<IEmailSender>().SendAsync([invitation]);
        var id = DevelopmentMailbox.IdFor(invitation.IdempotencyKey);

        using var pageResponse = await app.Client.GetAsync(new Uri($"/dev/mail/{id}", UriKind.Relative));
        var page = await pageResponse.Content.ReadAsStringAsync();
        var frame = await app.Client.GetAsync(new Uri($"/dev/mail/{id}/html", UriKind.Relative));
        var frameHtml = await frame.Content.ReadAsStringAsync();

        page.Should().Contain($"<iframe src=\"/dev/mail/{id}/html\" sandbox=");
        page.Should().Contain($"<a href=\"{Emails.Link(5)}\" target=\"_top\">", "the link in the text body is clickable");
        page.Should().Contain($"/dev/mail/{id}/attachments/0").And.Contain("BEGIN:VCALENDAR");
        var style = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        pageResponse.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'")
            .And.Contain($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", "the page's one style block is allowed by its hash")
            .And.Contain("frame-src 'self'").And.Contain("frame-ancestors 'none'");
        frame.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("sandbox ").And.Contain("frame-ancestors 'self'");
        frame.Headers.GetValues("X-Frame-Options").Should().Equal("SAMEORIGIN");
        frameHtml.Should().Be("<base target=\"_top\">" + invitation.Html);
    }

    [Fact]
    public async Task An_attachment_downloads_with_its_content_type()
    {
        await using var app = await StartAsync();
        var invitation = Emails.Invitation(6);
        await app.Services.GetRequiredService<IEmailSender>().SendAsync([invitation]);

        var response = await app.Client.GetAsync(new Uri($"/dev/mail/{DevelopmentMailbox.IdFor(invitation.IdempotencyKey)}/attachments/0", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().StartWith("text/calendar; method=REQUEST");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("giay-moi.ics");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(invitation.Attachments[0].Content);
    }

    [Fact]
    public async Task The_JSON_API_lists_and_returns_emails_with_their_links()
    {
        await using var app = await StartAsync();
        var reminder = Emails.Reminder(8);
        await app.Services.GetRequiredService<IEmailSender>().SendAsync([reminder]);
        var id = DevelopmentMailbox.IdFor(reminder.IdempotencyKey);

        var list = await app.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/dev/mail?limit=10", UriKind.Relative));
        var message = await app.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/dev/mail/{id}", UriKind.Relative));
        var missing = await app.Client.GetAsync(new Uri($"/api/dev/mail/{new string('0', 32)}", UriKind.Relative));

        var summary = list.GetProperty("messages").EnumerateArray().Should().ContainSingle().Subject;
        summary.GetProperty("id").GetString().Should().Be(id);
        summary.GetProperty("to").GetProperty("address").GetString().Should().Be(Emails.Address(8));
        message.GetProperty("idempotencyKey").GetString().Should().Be(reminder.IdempotencyKey);
        message.GetProperty("text").GetString().Should().Contain(Emails.Link(8).AbsoluteUri);
        message.GetProperty("customArgs").GetProperty("email_key").GetString().Should().Be(reminder.IdempotencyKey);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task With_a_SendGrid_key_the_mailbox_routes_do_not_exist()
    {
        await using var app = await StartAsync(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = EmailHost.ApiKey,
            ["Email:FromAddress"] = "vanphong@hdnd.example.vn",
        });

        (await app.Client.GetAsync(new Uri("/dev/mail", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.Client.GetAsync(new Uri("/api/dev/mail", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<RunningApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(EmailHost.Settings(azurite, settings ?? new Dictionary<string, string?>()));
        builder.Services.AddSingleton(azurite.Tables);
        builder.Services.AddEmail(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapDevelopmentMailbox();
        await app.StartAsync();
        return new RunningApp(app, new HttpClient { BaseAddress = new Uri(app.Urls.Single()) });
    }

    private sealed class RunningApp(WebApplication app, HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client => client;

        public IServiceProvider Services => app.Services;

        public async ValueTask DisposeAsync()
        {
            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
