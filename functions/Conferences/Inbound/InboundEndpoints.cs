using System.Security.Cryptography;
using System.Text;
using HdndWorkflow.Email.Inbound;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>
/// SendGrid's Inbound Parse posts replies here: <c>POST /api/inbound/sendgrid/{secret}</c> (a route secret) or
/// <c>POST /api/inbound/sendgrid</c> with basic authentication, as configured (both when both are). Secrets are compared
/// in constant time; the body is limited to <see cref="InboundOptions.MaxRequestBytes"/> and must be
/// multipart/form-data. Bad posts get a 4xx problem, never a 5xx; a post handled is 200 whatever it said, so that
/// SendGrid does not post it again (503 only when the e-mail provider is down, so that it does). Nothing from the mail
/// is echoed back.
/// </summary>
internal static class InboundEndpoints
{
    public const string Path = "/api/inbound/sendgrid";

    public static IEndpointRouteBuilder MapInboundEmail(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).ExcludeFromDescription().DisableAntiforgery();
        group.MapPost("/", (HttpContext http, IOptions<InboundOptions> options, ReplyInbox inbox, ILogger<ReplyInbox> logger, CancellationToken cancellationToken) =>
            ReceiveAsync(http, null, options.Value, inbox, logger, cancellationToken));
        group.MapPost("/{secret}", (HttpContext http, string secret, IOptions<InboundOptions> options, ReplyInbox inbox, ILogger<ReplyInbox> logger, CancellationToken cancellationToken) =>
            ReceiveAsync(http, secret, options.Value, inbox, logger, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, string? secret, InboundOptions options, ReplyInbox inbox, ILogger logger, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return Problem(StatusCodes.Status404NotFound, "Không nhận thư trả lời qua email", "Chưa cấu hình tên miền nhận thư (Inbound:Domain).");
        }

        if (!Authorized(http.Request, secret, options))
        {
            if (!string.IsNullOrEmpty(options.BasicAuthPassword))
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"inbound\", charset=\"UTF-8\"";
            }

            return Problem(StatusCodes.Status401Unauthorized, "Không được phép", "Thiếu hoặc sai thông tin xác thực của SendGrid Inbound Parse.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxRequestBytes;
        }

        var read = await SendGridInboundReader.ReadAsync(http.Request, new InboundLimits(options.MaxRequestBytes), cancellationToken);
        if (read is InboundReadResult.Refused refused)
        {
            logger.InboundRefused(refused.Status, refused.Reason);
            return Problem(refused.Status, "Thư gửi đến không hợp lệ", refused.Status switch
            {
                StatusCodes.Status413PayloadTooLarge => "Thư gửi đến vượt quá dung lượng cho phép.",
                StatusCodes.Status415UnsupportedMediaType => "Nội dung phải ở dạng multipart/form-data của SendGrid Inbound Parse.",
                _ => "Nội dung multipart/form-data không đúng định dạng của SendGrid Inbound Parse.",
            });
        }

        InboxOutcome outcome;
        try
        {
            outcome = await inbox.ReceiveAsync(((InboundReadResult.Read)read).Email, cancellationToken);
        }
        catch (HdndWorkflow.Email.EmailDeliveryException)
        {
            // The confirmation could not go out: the claim was given up, and SendGrid's retry handles the mail again
            // (the answer is recorded again, the confirmation sent once by the e-mail ledger).
            http.Response.Headers.RetryAfter = "300";
            return Problem(StatusCodes.Status503ServiceUnavailable, "Chưa gửi được thư xác nhận", "Dịch vụ gửi email tạm thời không phản hồi; SendGrid sẽ gửi lại thư này.");
        }

        if (outcome == InboxOutcome.InProgress)
        {
            http.Response.Headers.RetryAfter = "60";
            return Problem(StatusCodes.Status409Conflict, "Thư đang được xử lý", "Thư này đang được xử lý; SendGrid sẽ gửi lại sau.");
        }

        return TypedResults.Ok(new InboundResult(outcome.ToString()));
    }

    // Every configured check must pass; each compares digests, so the time taken says nothing about the secret.
    private static bool Authorized(HttpRequest request, string? secret, InboundOptions options)
    {
        var routeOk = string.IsNullOrEmpty(options.RouteSecret) || SameSecret(secret ?? string.Empty, options.RouteSecret);
        var basicOk = string.IsNullOrEmpty(options.BasicAuthPassword) || BasicMatches(request, options.BasicAuthUser ?? string.Empty, options.BasicAuthPassword);
        return routeOk && basicOk;
    }

    private static bool BasicMatches(HttpRequest request, string user, string password)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[512];
        if (!Convert.TryFromBase64String(header[6..].Trim(), decoded, out var length))
        {
            return false;
        }

        var credentials = Encoding.UTF8.GetString(decoded[..length]);
        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 & SameSecret(colon >= 0 ? credentials[..colon] : string.Empty, user) & SameSecret(colon >= 0 ? credentials[(colon + 1)..] : string.Empty, password);
    }

    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}

/// <summary>What the endpoint answers SendGrid: what became of the post (no content of the mail).</summary>
public sealed record InboundResult(string Outcome);
