using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid.Helpers.EventWebhook;

namespace HdndWorkflow.Email.Events;

/// <summary>
/// <c>POST /api/sendgrid/events</c>, SendGrid's signed Event Webhook. The ECDSA signature over the timestamp header and
/// the raw body is checked with SendGrid's own <see cref="RequestValidator"/> and the configured public key; a timestamp
/// older than <see cref="EventWebhookOptions.MaxAge"/> is refused; each <c>sg_event_id</c> is handled once
/// (<see cref="SeenEvents"/>). Bounced, dropped and blocked messages go to the <see cref="IDeliveryEventHandler"/>.
/// Bad requests get 4xx with ProblemDetails, never 5xx; SendGrid retries only non-2xx answers, and a replayed event is
/// answered 200 so that it is not retried.
/// </summary>
public static class EventWebhookEndpoints
{
    /// <summary>The path to give SendGrid as the webhook's "Post URL" (after the app's host).</summary>
    public const string Path = "/api/sendgrid/events";

    /// <summary>Maps the webhook (anonymous: the signature is the credential). Without a public key it answers 404.</summary>
    public static IEndpointConventionBuilder MapSendGridEventWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<Results<Ok<EventWebhookReceipt>, NotFound, ProblemHttpResult>> ReceiveAsync(
        HttpContext context, EventWebhookVerifier verifier, SeenEvents seen, IDeliveryEventHandler handler, IOptions<EventWebhookOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!verifier.Enabled)
        {
            return TypedResults.NotFound();
        }

        var logger = loggers.CreateLogger(typeof(EventWebhookEndpoints));
        var body = await ReadBodyAsync(context.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Nội dung quá lớn.");
        }

        var signature = context.Request.Headers[RequestValidator.SIGNATURE_HEADER].ToString();
        var timestamp = context.Request.Headers[RequestValidator.TIMESTAMP_HEADER].ToString();
        switch (verifier.Verify(body, signature, timestamp))
        {
            case WebhookCheck.Unsigned:
                Logs.EventWebhookRefused(logger, "unsigned or wrongly signed");
                return Problem(StatusCodes.Status401Unauthorized, "Chữ ký của SendGrid không hợp lệ.");
            case WebhookCheck.Stale:
                Logs.EventWebhookRefused(logger, "timestamp outside the accepted window");
                return Problem(StatusCodes.Status401Unauthorized, "Thời điểm ký đã quá hạn cho phép.");
        }

        IReadOnlyList<DeliveryEvent> failures;
        int count;
        try
        {
            (failures, count) = SendGridEventParser.Parse(body);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Nội dung không phải danh sách sự kiện JSON của SendGrid.");
        }

        var fresh = await seen.ClaimAsync(failures, cancellationToken);
        try
        {
            await handler.HandleAsync(fresh, cancellationToken);
        }
        catch
        {
            await seen.ReleaseAsync(fresh, CancellationToken.None);
            throw;
        }

        await seen.PurgeAsync(cancellationToken);
        Logs.EventWebhookReceived(logger, count, fresh.Count, failures.Count - fresh.Count);
        return TypedResults.Ok(new EventWebhookReceipt(count, fresh.Count, failures.Count - fresh.Count));
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: status == StatusCodes.Status400BadRequest ? "Yêu cầu không hợp lệ" : "Không chấp nhận yêu cầu");
}

/// <summary>What the webhook did with a request: events in it, failures handled now, failures seen before (dropped).</summary>
public sealed record EventWebhookReceipt(int Events, int Handled, int Replayed);

/// <summary>The result of checking a request's signature and timestamp.</summary>
internal enum WebhookCheck
{
    Valid,
    Unsigned,
    Stale,
}

/// <summary>Checks a request with SendGrid's <see cref="RequestValidator"/> against the configured public key, and the timestamp's age.</summary>
internal sealed class EventWebhookVerifier
{
    private readonly RequestValidator _validator = new();
    private readonly EllipticCurve.PublicKey? _key;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;

    public EventWebhookVerifier(IOptions<EventWebhookOptions> options, TimeProvider time)
    {
        _time = time;
        _maxAge = options.Value.MaxAge;
        if (!string.IsNullOrWhiteSpace(options.Value.PublicKey))
        {
            _key = _validator.ConvertPublicKeyToECDSA(options.Value.PublicKey.Trim());
        }
    }

    public bool Enabled => _key is not null;

    public WebhookCheck Verify(byte[] body, string signature, string timestamp)
    {
        if (_key is null || signature.Length == 0 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return WebhookCheck.Unsigned;
        }

        string payload;
        try
        {
            payload = new UTF8Encoding(false, true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return WebhookCheck.Unsigned;
        }

        bool valid;
        try
        {
            valid = _validator.VerifySignature(_key, payload, signature, timestamp);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // A signature that is not base64 DER: SendGrid's validator throws rather than answering false.
            valid = false;
        }

        if (!valid)
        {
            return WebhookCheck.Unsigned;
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        return age > _maxAge || age < -_maxAge ? WebhookCheck.Stale : WebhookCheck.Valid;
    }
}
