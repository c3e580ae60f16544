using System.Collections.Concurrent;
using System.Net;
using HdndWorkflow.Email.Events;
using HdndWorkflow.Email.Hosting;
using HdndWorkflow.Email.Tests.Support;
using HdndWorkflow.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Email.Tests.Events;

[Collection(AzuriteCollection.Name)]
public sealed class EventWebhookTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly SignedEvents _signer = new();
    private readonly Recorder _handled = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["SendGrid:EventWebhook:PublicKey"] = _signer.PublicKey;
        builder.Configuration["SendGrid:EventWebhook:SeenEventsTable"] = azurite.NewTableName("seen");
        builder.Services.AddSingleton(azurite.Tables);
        builder.Services.AddSendGridEventWebhook(builder.Configuration);
        builder.Services.AddSingleton<IDeliveryEventHandler>(_handled);
        builder.Services.AddProblemDetails();
        _app = builder.Build();
        _app.MapSendGridEventWebhook();
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task A_signed_bounce_is_handled_with_its_custom_args()
    {
        var body = SignedEvents.Bounce("ev-valid", "inv-1", "conf-1", DateTimeOffset.UtcNow);

        using var response = await _http.SendAsync(_signer.Request(body, DateTimeOffset.UtcNow));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var handled = _handled.Events.Should().ContainSingle().Subject;
        handled.EventId.Should().Be("ev-valid");
        handled.Kind.Should().Be(DeliveryFailureKind.Bounced);
        handled.Reason.Should().Contain("does not exist");
        handled.CustomArgs[EmailCustomArgs.InvitationId].Should().Be("inv-1");
        handled.CustomArgs[EmailCustomArgs.ConferenceId].Should().Be("conf-1");
        handled.CustomArgs.Should().NotContainKey("email", "the address is SendGrid's field, not a custom argument");
    }

    [Theory]
    [InlineData("bounce", "blocked", DeliveryFailureKind.Blocked)]
    [InlineData("dropped", "", DeliveryFailureKind.Dropped)]
    public async Task Blocked_and_dropped_are_told_apart_from_a_bounce(string eventName, string type, DeliveryFailureKind expected)
    {
        var body = SignedEvents.Bounce("ev-" + eventName + type, "inv-2", "conf-1", DateTimeOffset.UtcNow, type, eventName);

        using var response = await _http.SendAsync(_signer.Request(body, DateTimeOffset.UtcNow));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _handled.Events.Should().ContainSingle().Which.Kind.Should().Be(expected);
    }

    [Fact]
    public async Task A_tampered_body_is_refused_and_nothing_is_handled()
    {
        var body = SignedEvents.Bounce("ev-tampered", "inv-1", "conf-1", DateTimeOffset.UtcNow);

        using var response = await _http.SendAsync(_signer.Request(body, DateTimeOffset.UtcNow, body.Replace("inv-1", "inv-9", StringComparison.Ordinal)));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Chữ ký của SendGrid không hợp lệ");
        _handled.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task A_request_signed_with_another_key_or_unsigned_is_refused()
    {
        using var other = new SignedEvents();
        var body = SignedEvents.Bounce("ev-other", "inv-1", "conf-1", DateTimeOffset.UtcNow);
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, EventWebhookEndpoints.Path) { Content = new StringContent(body) };
        using var garbage = _signer.Request(body, DateTimeOffset.UtcNow);
        garbage.Headers.Remove("X-Twilio-Email-Event-Webhook-Signature");
        garbage.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", "not base64 at all!");

        using var first = await _http.SendAsync(other.Request(body, DateTimeOffset.UtcNow));
        using var second = await _http.SendAsync(unsigned);
        using var third = await _http.SendAsync(garbage);

        first.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        second.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        third.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _handled.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task A_stale_timestamp_is_refused_even_with_a_valid_signature()
    {
        var signedAt = DateTimeOffset.UtcNow.AddMinutes(-11);
        var body = SignedEvents.Bounce("ev-stale", "inv-1", "conf-1", signedAt);

        using var response = await _http.SendAsync(_signer.Request(body, signedAt));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("quá hạn");
        _handled.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task A_replayed_event_id_is_dropped_even_in_a_newly_signed_request()
    {
        var at = DateTimeOffset.UtcNow;
        var body = SignedEvents.Bounce("ev-replay", "inv-1", "conf-1", at);

        using var first = await _http.SendAsync(_signer.Request(body, at));
        using var again = await _http.SendAsync(_signer.Request(body, at));
        using var resigned = await _http.SendAsync(_signer.Request(body, at.AddSeconds(5)));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK, "SendGrid retries any other answer");
        resigned.StatusCode.Should().Be(HttpStatusCode.OK);
        (await resigned.Content.ReadAsStringAsync()).Should().Contain("\"replayed\":1");
        _handled.Events.Should().ContainSingle();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"event\":\"bounce\"}")]
    [InlineData("[{\"event\":\"bounce\"}]")]
    [InlineData("[1,2]")]
    [InlineData("[{\"sg_event_id\":\"a\",\"event\":\"bounce\",\"timestamp\":\"2026-12-05\"}]")]
    [InlineData("[{\"sg_event_id\":\"a\",\"event\":\"bounce\",\"timestamp\":[1]}]")]
    [InlineData("[{\"sg_event_id\":\"a\",\"event\":\"bounce\",\"timestamp\":99999999999999}]")]
    [InlineData("[{\"sg_event_id\":\"a\\ud800\",\"event\":\"bounce\",\"timestamp\":1}]")]
    [InlineData("[{\"sg_event_id\":\"a\",\"event\":\"bounce\",\"timestamp\":1,\"conference_id\":\"\\udc00\"}]")]
    public async Task A_signed_body_that_is_not_an_event_list_is_a_400(string body)
    {
        using var response = await _http.SendAsync(_signer.Request(body, DateTimeOffset.UtcNow));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        _handled.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        var body = "[" + new string(' ', 5 * 1024 * 1024) + "]";

        using var response = await _http.SendAsync(_signer.Request(body, DateTimeOffset.UtcNow));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_development_script_signs_a_bounce_the_webhook_accepts_and_another_key_is_refused()
    {
        var keys = Directory.CreateTempSubdirectory("dev-webhook-").FullName;
        try
        {
            var printed = await ScriptAsync(keys, "key");
            var publicKey = printed.Trim()[(printed.IndexOf('=', StringComparison.Ordinal) + 1)..];
            publicKey.Should().NotBe(_signer.PublicKey, "the script has a key pair of its own");

            // This app knows another key: the script's event is refused.
            var refused = () => ScriptAsync(keys, "bounce", "conf-dev", "inv-dev");
            (await refused.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("401");

            // An app given the script's public key takes it, as a bounce with the ids as custom arguments.
            await using var app = await StartAsync(publicKey);
            await ScriptAsync(keys, "bounce", "conf-dev", "inv-dev", app.Urls.Single());
            var handled = _handled.Events.Should().ContainSingle().Subject;
            handled.Kind.Should().Be(DeliveryFailureKind.Bounced);
            handled.CustomArgs[EmailCustomArgs.ConferenceId].Should().Be("conf-dev");
            handled.CustomArgs[EmailCustomArgs.InvitationId].Should().Be("inv-dev");
        }
        finally
        {
            Directory.Delete(keys, recursive: true);
        }
    }

    private async Task<WebApplication> StartAsync(string publicKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["SendGrid:EventWebhook:PublicKey"] = publicKey;
        builder.Configuration["SendGrid:EventWebhook:SeenEventsTable"] = azurite.NewTableName("seen");
        builder.Services.AddSingleton(azurite.Tables);
        builder.Services.AddSendGridEventWebhook(builder.Configuration);
        builder.Services.AddSingleton<IDeliveryEventHandler>(_handled);
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapSendGridEventWebhook();
        await app.StartAsync();
        return app;
    }

    // Runs scripts/dev-bounce.sh with its key in a folder of the test's and the app at this test's address.
    private async Task<string> ScriptAsync(string keys, string verb, string? conference = null, string? invitee = null, string? url = null)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "HdndWorkflow.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(root, "scripts", "dev-bounce.sh"), verb, conference, invitee }.OfType<string>())
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HDND_DEV_WEBHOOK_DIR"] = keys;
        start.Environment["HDND_APP_URL"] = url ?? _app.Urls.Single();
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"dev-bounce.sh {verb} failed ({process.ExitCode}): {output} {error}");
    }

    private sealed class Recorder : IDeliveryEventHandler
    {
        private readonly ConcurrentQueue<DeliveryEvent> _events = new();

        public IReadOnlyList<DeliveryEvent> Events => [.. _events];

        public Task HandleAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken)
        {
            foreach (var item in events)
            {
                _events.Enqueue(item);
            }

            return Task.CompletedTask;
        }
    }
}
