using System.Text.Json;
using HdndWorkflow.Email.Outbox;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Reliability;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>
/// Sends e-mail through SendGrid's v3 Mail Send API (<c>POST /v3/mail/send</c>) with SendGrid's own client
/// (<see cref="SendGridClient"/>, host <see cref="SendGridOptions.BaseUrl"/>) on an <see cref="HttpClient"/> from the
/// factory, its built-in retries off: <see cref="SendGridResilience"/> retries only what surely was not sent. E-mails
/// that share subject, bodies and attachments go
/// together, up to 1,000 per request (see <see cref="SendGridBatching"/>); every e-mail passes through the
/// <see cref="EmailOutbox"/> ledger, so each idempotency key is sent at most once. The API key travels only in the
/// Authorization header of each request; it is never logged, and neither are bodies or personal links.
/// </summary>
public sealed class SendGridEmailSender : IEmailSender
{
    /// <summary>The transport's name in the ledger.</summary>
    public const string TransportName = "SendGrid";

    /// <summary>The name of the HttpClient registration.</summary>
    public const string HttpClientName = "SendGrid";

    private readonly SendGridClient _client;
    private readonly SendGridOptions _options;
    private readonly EmailOptions _email;
    private readonly SendGridResilience _resilience;
    private readonly OutboxDelivery _delivery;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal SendGridEmailSender(
        HttpClient http,
        SendGridOptions options,
        EmailOptions email,
        EmailOutbox outbox,
        SendGridResilience resilience,
        TimeProvider time,
        ILogger<SendGridEmailSender> logger)
    {
        _time = time;
        _client = new SendGridClient(http, new SendGridClientOptions
        {
            ApiKey = options.ApiKey,
            Host = options.BaseUrl.AbsoluteUri.TrimEnd('/'),
            ReliabilitySettings = new ReliabilitySettings(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero),
        });
        _options = options;
        _email = email;
        _resilience = resilience;
        _logger = logger;
        _delivery = new OutboxDelivery(outbox, logger);
    }

    /// <inheritdoc />
    public Task<EmailSendResult> SendAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default)
    {
        OutgoingEmailValidation.Validate(emails);
        SendGridLimits.Validate(emails);
        var batches = SendGridBatching.Plan(emails, _options.MaxPersonalizationsPerRequest, _options.MaxRequestBytes);
        return _delivery.RunAsync(TransportName, emails, batches, DeliverAsync, _options.MaxConcurrentRequests, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Always null: SendGrid has no idempotency key, and no lookup of what it accepted that an attempt could wait for
    /// (its Email Activity feed is a paid add-on, searched by the <c>email_key</c> custom argument, and minutes behind).
    /// So a claim a crashed attempt left "sending" is handled by the ledger's configured policy: after
    /// <see cref="EmailOptions.StaleClaimAfter"/> it is reported as unconfirmed for an operator to check (at-most-once),
    /// or sent again with <see cref="EmailOptions.ResendStaleClaims"/> (at-least-once).
    /// </remarks>
    public Task<IReadOnlySet<string>?> FindAcceptedAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>?>(null);

    private async Task<string?> DeliverAsync(IReadOnlyList<OutgoingEmail> batch, CancellationToken cancellationToken)
    {
        var message = SendGridMessages.Build(batch, _email, _options.SandboxMode);
        try
        {
            await _resilience.WaitForRateLimitAsync(cancellationToken);
        }
        catch (OperationCanceledException e)
        {
            throw new NotSentException("Cancelled while waiting for SendGrid's rate limit; nothing was sent.", e, cancellationToken);
        }

        Response response;
        try
        {
            response = await _resilience.Pipeline.ExecuteAsync(
                static async (state, token) => await state.Client.SendEmailAsync(state.Message, token), (Client: _client, Message: message), cancellationToken);
        }
        catch (HttpRequestException e) when (SendGridResilience.FailedBeforeSending(e))
        {
            throw new EmailDeliveryException($"SendGrid could not be reached ({e.HttpRequestError}); nothing was sent.", mayHaveBeenAccepted: false, innerException: e);
        }
        catch (HttpRequestException e)
        {
            throw new EmailDeliveryException($"The connection to SendGrid failed ({e.HttpRequestError}) after the request was sent; it may have been accepted.", mayHaveBeenAccepted: true, innerException: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EmailDeliveryException($"SendGrid did not answer within {_options.Timeout}; the request may have been accepted.", mayHaveBeenAccepted: true, innerException: e);
        }

        using (response.Body)
        {
            _resilience.Observe(response);
            if (response.IsSuccessStatusCode)
            {
                return response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            }

            var status = (int)response.StatusCode;
            var errors = await ReadErrorsAsync(response.Body, status, cancellationToken);
            var detail = string.Join("; ", errors);
            if (status == 429)
            {
                var wait = RateLimitHeaders.WaitFrom(response.Headers, _time.GetUtcNow());
                throw new EmailDeliveryException(
                    $"SendGrid's rate limit is used up{(wait is { } w ? $" for another {w:g}" : string.Empty)}; nothing was sent.",
                    mayHaveBeenAccepted: false, status, wait);
            }

            if (status >= 500)
            {
                throw new EmailDeliveryException(
                    $"SendGrid answered {status} after {_options.MaxRetries} retries; nothing was sent. {detail}".TrimEnd(), mayHaveBeenAccepted: false, status);
            }

            Logs.SendGridRejected(_logger, batch.Count, status, detail);
            throw new EmailRejectedException($"SendGrid refused the request ({status}): {detail}", status, errors);
        }
    }

    /// <summary>SendGrid's <c>{"errors":[{"message","field","help"}]}</c>, or the body's first 500 characters.</summary>
    internal static async Task<IReadOnlyList<EmailProviderError>> ReadErrorsAsync(HttpContent? body, int status, CancellationToken cancellationToken)
    {
        var text = body is null ? string.Empty : await body.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new EmailProviderError($"HTTP {status}")];
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var errors = list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => new EmailProviderError(
                        StringOf(e, "message") ?? "(no message)", StringOf(e, "field"), StringOf(e, "help")))
                    .ToList();
                if (errors.Count > 0)
                {
                    return errors;
                }
            }
        }
        catch (JsonException)
        {
            // Not SendGrid's error JSON (a proxy's page, say): report the text.
        }

        return [new EmailProviderError(text.Length <= 500 ? text : text[..500])];
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
