using System.Globalization;
using System.Text;
using System.Text.Json;
using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Email.Tests.Support;

namespace HdndWorkflow.Email.Tests.SendGrid;

[Collection(AzuriteCollection.Name)]
public sealed class SendGridEmailSenderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeSendGrid _sendGrid = null!;

    public async Task InitializeAsync() => _sendGrid = await FakeSendGrid.StartAsync();

    public async Task DisposeAsync() => await _sendGrid.DisposeAsync();

    [Fact]
    public async Task A_request_carries_personalizations_custom_args_content_and_the_calendar_part()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);
        var invitation = Emails.Invitation(7);

        var result = await host.Sender.SendAsync([invitation]);

        result.Complete.Should().BeTrue();
        result.Outcomes.Should().ContainSingle().Which.ProviderMessageId.Should().Be("msg-1");
        var request = _sendGrid.Requests.Should().ContainSingle().Subject;
        request.Authorization.Should().Be("Bearer " + EmailHost.ApiKey);
        request.UserAgent.Should().StartWith("sendgrid/", "the request is SendGrid's own client's");
        request.ContentType.Should().StartWith("application/json", "SendGrid's client sends JSON, UTF-8 by definition (RFC 8259)");
        var json = request.Json;

        var personalization = json.GetProperty("personalizations").EnumerateArray().Should().ContainSingle().Subject;
        personalization.GetProperty("to")[0].GetProperty("email").GetString().Should().Be("daibieu7@example.vn");
        personalization.GetProperty("to")[0].GetProperty("name").GetString().Should().Be("Đại biểu số 7");
        Map(personalization.GetProperty("custom_args")).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["invitation_id"] = "i-inv-00007",
            ["purpose"] = "invitation",
            ["revision"] = "0",
            ["conference_id"] = Emails.ConferenceId,
            ["email_key"] = invitation.IdempotencyKey,
        });
        personalization.TryGetProperty("substitutions", out _).Should().BeFalse();

        json.GetProperty("from").GetProperty("email").GetString().Should().Be("vanphong@hdnd.example.vn");
        json.GetProperty("from").GetProperty("name").GetString().Should().Be("Văn phòng Đoàn ĐBQH và HĐND tỉnh");
        json.GetProperty("reply_to").GetProperty("email").GetString().Should().Be("thuky@hdnd.example.vn");
        json.GetProperty("subject").GetString().Should().Be("Giấy mời dự hội nghị");
        request.Body.Should().Contain("Giấy mời dự hội nghị", "Vietnamese goes as UTF-8, not \\u escapes");

        var content = json.GetProperty("content").EnumerateArray().ToList();
        content.Select(c => c.GetProperty("type").GetString()).Should().Equal("text/plain", "text/html", "text/calendar; method=REQUEST");
        content[0].GetProperty("value").GetString().Should().Be(invitation.Text);
        content[1].GetProperty("value").GetString().Should().Be(invitation.Html);
        content[2].GetProperty("value").GetString().Should().Be(Encoding.UTF8.GetString(invitation.Attachments[0].Content));

        var attachment = json.GetProperty("attachments").EnumerateArray().Should().ContainSingle().Subject;
        attachment.GetProperty("filename").GetString().Should().Be("giay-moi.ics");
        attachment.GetProperty("type").GetString().Should().Be("application/ics", "SendGrid refuses ';' in an attachment type");
        attachment.GetProperty("disposition").GetString().Should().Be("attachment");
        attachment.GetProperty("content").GetBytesFromBase64().Should().Equal(invitation.Attachments[0].Content);
        json.TryGetProperty("mail_settings", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Reminders_sharing_a_template_go_1000_to_a_request_with_their_links_as_substitutions()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);
        var reminders = Emails.Reminders(2500, "batch");

        var result = await host.Sender.SendAsync(reminders);

        result.Sent.Should().Be(2500);
        result.Requests.Should().Be(3);
        _sendGrid.Requests.Select(r => r.Personalizations).Should().BeEquivalentTo([1000, 1000, 500]);
        var all = _sendGrid.Requests.SelectMany(r => r.Json.GetProperty("personalizations").EnumerateArray()).ToList();
        all.Select(p => p.GetProperty("to")[0].GetProperty("email").GetString()).Should().OnlyHaveUniqueItems().And.HaveCount(2500);
        var seventh = all.Single(p => p.GetProperty("to")[0].GetProperty("email").GetString() == Emails.Address(7));
        seventh.GetProperty("substitutions").GetProperty(Emails.LinkKey).GetString().Should().Be(Emails.Link(7).AbsoluteUri);
        seventh.GetProperty("custom_args").GetProperty("email_key").GetString().Should().Be(reminders[6].IdempotencyKey);
        _sendGrid.Requests[0].Json.GetProperty("content")[0].GetProperty("value").GetString().Should().Contain(Emails.LinkKey);
    }

    [Fact]
    public async Task Invitations_with_personal_calendar_parts_go_one_to_a_request()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);

        var result = await host.Sender.SendAsync([.. Enumerable.Range(1, 25).Select(n => Emails.Invitation(n, "single"))]);

        result.Sent.Should().Be(25);
        result.Requests.Should().Be(25);
        _sendGrid.Requests.Should().OnlyContain(r => r.Personalizations == 1);
    }

    [Fact]
    public async Task An_e_mail_with_a_reply_address_of_its_own_sends_it_and_travels_apart()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);
        var own = Emails.Reminder(1, "reply") with { ReplyTo = new EmailRecipient("tra-loi+abc@reply.hdnd.example.vn", "Văn phòng, HĐND") };

        await host.Sender.SendAsync([own, Emails.Reminder(2, "reply"), Emails.Reminder(3, "reply")]);

        _sendGrid.Requests.Select(r => r.Personalizations).Should().BeEquivalentTo([1, 2], "reply_to belongs to the message, not the personalization");
        var replyTos = _sendGrid.Requests.Select(r => r.Json.GetProperty("reply_to")).ToList();
        replyTos.Should().ContainSingle(r => r.GetProperty("email").GetString() == "tra-loi+abc@reply.hdnd.example.vn" && r.GetProperty("name").GetString() == "\"Văn phòng, HĐND\"");
        replyTos.Should().ContainSingle(r => r.GetProperty("email").GetString() == "thuky@hdnd.example.vn", "the others keep the configured Reply-To");
    }

    [Fact]
    public async Task The_same_address_twice_in_one_template_goes_in_separate_requests()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);
        var first = Emails.Reminder(1, "dup");
        var second = Emails.Reminder(2, "dup") with { To = first.To };

        await host.Sender.SendAsync([first, second, Emails.Reminder(3, "dup")]);

        _sendGrid.Requests.Select(r => r.Personalizations).Should().BeEquivalentTo([2, 1]);
    }

    [Fact]
    public async Task Sending_again_skips_what_was_sent_and_sends_only_the_rest()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);
        var reminders = Emails.Reminders(5, "again");
        await host.Sender.SendAsync(reminders.Take(3).ToList());

        var again = await host.Sender.SendAsync(reminders);

        again.Outcomes.Select(o => o.Status).Should().Equal(
            EmailDeliveryStatus.AlreadySent, EmailDeliveryStatus.AlreadySent, EmailDeliveryStatus.AlreadySent, EmailDeliveryStatus.Sent, EmailDeliveryStatus.Sent);
        again.Outcomes[0].ProviderMessageId.Should().Be("msg-1");
        _sendGrid.Requests.Should().HaveCount(2);
        _sendGrid.Requests[1].Personalizations.Should().Be(2);
    }

    [Fact]
    public async Task A_429_waits_until_X_RateLimit_Reset_then_succeeds()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time);
        var reset = time.GetUtcNow().AddSeconds(7).ToUnixTimeSeconds();
        _sendGrid.Then(429, """{"errors":[{"field":null,"message":"too many requests"}]}""",
            ("X-RateLimit-Limit", "600"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToString(CultureInfo.InvariantCulture)));

        var result = await host.Sender.SendAsync([Emails.Reminder(1, "rl")]);

        result.Complete.Should().BeTrue();
        _sendGrid.Requests.Should().HaveCount(2);
        time.Waits.Should().Equal(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_429_with_Retry_After_waits_that_long()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time);
        _sendGrid.Then(429, null, ("Retry-After", "3"));

        await host.Sender.SendAsync([Emails.Reminder(1, "ra")]);

        time.Waits.Should().Equal(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_5xx_is_retried_with_exponential_backoff()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time);
        _sendGrid.Then(500);
        _sendGrid.Then(503);

        var result = await host.Sender.SendAsync([Emails.Reminder(1, "5xx")]);

        result.Complete.Should().BeTrue();
        _sendGrid.Requests.Should().HaveCount(3);
        var waits = time.Waits.ToList();
        waits.Should().HaveCount(2);
        waits[0].Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThan(TimeSpan.FromSeconds(3), "the first backoff is about RetryBaseDelay (1 s) with jitter");
        waits[1].Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThan(TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task A_5xx_that_persists_fails_after_the_retries_and_leaves_the_emails_to_send_again()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time, new Dictionary<string, string?> { ["SendGrid:MaxRetries"] = "2" });
        for (var i = 0; i < 3; i++)
        {
            _sendGrid.Then(502);
        }

        var email = Emails.Reminder(1, "down");
        var send = () => host.Sender.SendAsync([email]);

        (await send.Should().ThrowAsync<EmailDeliveryException>()).Which.Should().Match<EmailDeliveryException>(e => e.StatusCode == 502 && !e.MayHaveBeenAccepted);
        _sendGrid.Requests.Should().HaveCount(3);
        (await host.Outbox.GetAsync(email.IdempotencyKey))!.State.Should().Be(OutboxState.Released);

        var later = await host.Sender.SendAsync([email]);
        later.Sent.Should().Be(1);
    }

    [Fact]
    public async Task A_rate_limit_reset_beyond_the_longest_wait_fails_at_once_with_RetryAfter()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time);
        var reset = time.GetUtcNow().AddMinutes(30).ToUnixTimeSeconds();
        _sendGrid.Then(429, null, ("X-RateLimit-Reset", reset.ToString(CultureInfo.InvariantCulture)));

        var send = () => host.Sender.SendAsync([Emails.Reminder(1, "far")]);

        var failure = (await send.Should().ThrowAsync<EmailDeliveryException>()).Which;
        failure.StatusCode.Should().Be(429);
        failure.RetryAfter.Should().Be(TimeSpan.FromMinutes(30));
        _sendGrid.Requests.Should().ContainSingle();
        time.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task A_used_up_rate_limit_on_success_pauses_the_next_request_until_the_reset()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time, new Dictionary<string, string?> { ["SendGrid:MaxConcurrentRequests"] = "1" });
        var reset = time.GetUtcNow().AddSeconds(5).ToUnixTimeSeconds();
        _sendGrid.Then(202, null, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToString(CultureInfo.InvariantCulture)));

        await host.Sender.SendAsync([Emails.Invitation(1, "pace"), Emails.Invitation(2, "pace")]);

        _sendGrid.Requests.Should().HaveCount(2);
        time.Waits.Should().Equal(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_400_throws_with_SendGrids_error_messages_and_releases_the_emails()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);
        _sendGrid.Then(400, """
            {"errors":[
              {"message":"The from address does not match a verified Sender Identity.","field":"from","help":"https://sendgrid.com/docs/for-developers/sending-email/sender-identity/"},
              {"message":"Does not contain a valid address.","field":"personalizations.0.to.0.email","help":null}
            ]}
            """);
        var email = Emails.Reminder(1, "bad");

        var send = () => host.Sender.SendAsync([email]);

        var rejected = (await send.Should().ThrowAsync<EmailRejectedException>()).Which;
        rejected.StatusCode.Should().Be(400);
        rejected.Message.Should().Contain("from: The from address does not match a verified Sender Identity.")
            .And.Contain("personalizations.0.to.0.email: Does not contain a valid address.");
        rejected.Errors.Should().HaveCount(2);
        rejected.Errors[0].Help.Should().StartWith("https://sendgrid.com/");
        _sendGrid.Requests.Should().ContainSingle("a 400 is not retried");
        (await host.Outbox.GetAsync(email.IdempotencyKey))!.State.Should().Be(OutboxState.Released);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_as_not_sent()
    {
        var time = new FakeTime();
        var closedPort = await ClosedPortAsync();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time, new Dictionary<string, string?>
        {
            ["SendGrid:BaseUrl"] = $"http://127.0.0.1:{closedPort}/",
            ["SendGrid:MaxRetries"] = "2",
        });
        var email = Emails.Reminder(1, "refused");

        var send = () => host.Sender.SendAsync([email]);

        (await send.Should().ThrowAsync<EmailDeliveryException>()).Which.MayHaveBeenAccepted.Should().BeFalse();
        time.Waits.Should().HaveCount(2);
        (await host.Outbox.GetAsync(email.IdempotencyKey))!.State.Should().Be(OutboxState.Released);
    }

    [Fact]
    public async Task A_request_whose_outcome_is_unknown_is_never_sent_again_automatically()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time, new Dictionary<string, string?> { ["SendGrid:Timeout"] = "00:00:01" });
        _sendGrid.ThenHang(TimeSpan.FromSeconds(30));
        var email = Emails.Reminder(1, "unknown");

        var send = () => host.Sender.SendAsync([email]);

        (await send.Should().ThrowAsync<EmailDeliveryException>()).Which.MayHaveBeenAccepted.Should().BeTrue();
        (await host.Outbox.GetAsync(email.IdempotencyKey))!.State.Should().Be(OutboxState.Sending, "SendGrid may have accepted it");

        var rerun = await host.Sender.SendAsync([email]);
        time.Advance(TimeSpan.FromMinutes(16));
        var muchLater = await host.Sender.SendAsync([email]);

        rerun.Outcomes.Single().Status.Should().Be(EmailDeliveryStatus.InProgress);
        muchLater.Outcomes.Single().Status.Should().Be(EmailDeliveryStatus.Unconfirmed);
        muchLater.Complete.Should().BeFalse();
        muchLater.Open.Should().ContainSingle();
        _sendGrid.Requests.Should().ContainSingle("a request that may have been accepted is not repeated");
    }

    [Fact]
    public async Task Neither_the_API_key_nor_a_personal_link_nor_a_body_appears_in_any_log()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, time);
        _sendGrid.Then(500);
        _sendGrid.Then(429, null, ("Retry-After", "1"));
        await host.Sender.SendAsync([.. Emails.Reminders(3, "logs"), Emails.Invitation(9, "logs")]);
        _sendGrid.Then(400, """{"errors":[{"message":"Bad request","field":"content"}]}""");
        await FluentActions.Invoking(() => host.Sender.SendAsync([Emails.Invitation(10, "logs")])).Should().ThrowAsync<EmailRejectedException>();

        var logs = host.Logs.All;
        logs.Should().Contain("POST", "HttpClient's own request logging is captured too").And.Contain("SendGrid answered 500");
        logs.Should().NotContain(EmailHost.ApiKey).And.NotContain("test-key");
        logs.Should().NotContain("secret", "personal links hold a token");
        logs.Should().NotContain("Trân trọng kính mời").And.NotContain("Vui lòng");
    }

    [Fact]
    public async Task Sandbox_mode_asks_SendGrid_to_validate_without_sending()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid, settings: new Dictionary<string, string?> { ["SendGrid:SandboxMode"] = "true" });

        await host.Sender.SendAsync([Emails.Reminder(1, "sandbox")]);

        _sendGrid.Requests.Single().Json.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_recipient_name_with_a_comma_is_quoted()
    {
        await using var host = EmailHost.ForSendGrid(azurite, _sendGrid);
        var email = Emails.Reminder(1, "comma") with { To = new EmailRecipient("xa@example.vn", "Thường trực HĐND các xã, thị trấn") };

        await host.Sender.SendAsync([email]);

        _sendGrid.Requests.Single().Json.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("name").GetString()
            .Should().Be("\"Thường trực HĐND các xã, thị trấn\"");
    }

    private static Dictionary<string, string> Map(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static async Task<int> ClosedPortAsync()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await Task.Yield();
        return port;
    }
}
