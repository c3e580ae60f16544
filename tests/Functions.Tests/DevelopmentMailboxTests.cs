using System.Net;
using System.Text.Json;
using HdndWorkflow.Email;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests;

/// <summary>Without a SendGrid key the app's email goes to the development mailbox, browsable in the app itself.</summary>
[Collection(AppCollection.Name)]
public sealed class DevelopmentMailboxTests(AppFixture app)
{
    [Fact]
    public async Task Email_sent_by_the_app_is_listed_as_json_and_shown_on_the_dev_mail_page()
    {
        var sender = app.Factory.Services.GetRequiredService<IEmailSender>();
        var key = "giay-moi:" + Guid.NewGuid().ToString("N");
        await sender.SendAsync(
        [
            new OutgoingEmail
            {
                IdempotencyKey = key,
                To = new EmailRecipient("binh.tv@example.vn", "Trần Văn Bình"),
                Subject = "Giấy mời dự Hội nghị giao ban lần thứ tư",
                Html = "<p>Trân trọng kính mời đồng chí tới dự.</p>",
                Text = "Trân trọng kính mời đồng chí tới dự.",
            },
        ]);

        using var json = await app.Client.GetAsync(new Uri("/api/dev/mail", UriKind.Relative));
        using var page = await app.Client.GetAsync(new Uri("/dev/mail", UriKind.Relative));

        json.StatusCode.Should().Be(HttpStatusCode.OK);
        (await json.Content.ReadAsStringAsync()).Should().Contain("Giấy mời dự Hội nghị giao ban lần thứ tư").And.Contain("binh.tv@example.vn");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Giấy mời dự Hội nghị giao ban lần thứ tư");
        JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.ValueKind.Should().Be(JsonValueKind.Object);
    }
}
