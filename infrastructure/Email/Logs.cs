using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Email;

/// <summary>
/// The e-mail adapters' log messages, source-generated. They name idempotency keys, counts and statuses; never the
/// API key, a recipient's personal link, a body or an attachment.
/// </summary>
internal static partial class Logs
{
    [LoggerMessage(2, LogLevel.Information, "{Transport}: {Sent} sent in {Requests} requests, {AlreadySent} already sent, {Open} open")]
    public static partial void SendCompleted(ILogger logger, string transport, int sent, int requests, int alreadySent, int open);

    [LoggerMessage(3, LogLevel.Warning, "E-mail {Key} was claimed at {ClaimedAt} and never confirmed; it may or may not have been sent, so it is not resent")]
    public static partial void StaleClaimReported(ILogger logger, string key, DateTimeOffset claimedAt);

    [LoggerMessage(4, LogLevel.Warning, "E-mail {Key} was claimed at {ClaimedAt} and never confirmed; sending it again as configured")]
    public static partial void StaleClaimResent(ILogger logger, string key, DateTimeOffset claimedAt);

    [LoggerMessage(5, LogLevel.Warning, "SendGrid answered {StatusCode}; attempt {Attempt} is retried in {Delay}")]
    public static partial void SendGridRetry(ILogger logger, int? statusCode, int attempt, TimeSpan delay, Exception? exception);

    [LoggerMessage(6, LogLevel.Error, "SendGrid refused a request of {Count} e-mails with {StatusCode}: {Errors}")]
    public static partial void SendGridRejected(ILogger logger, int count, int statusCode, string errors);

    [LoggerMessage(7, LogLevel.Error, "A request of {Count} e-mails may have reached the provider, but its outcome is unknown; they stay claimed and are not resent")]
    public static partial void OutcomeUnknown(ILogger logger, int count, Exception exception);

    [LoggerMessage(8, LogLevel.Error, "E-mail {Key} was sent, but another attempt had taken over its claim; it may have been sent twice")]
    public static partial void ClaimTakenOver(ILogger logger, string key);

    [LoggerMessage(9, LogLevel.Information, "SendGrid's rate limit is used up; waiting {Delay} before the next request")]
    public static partial void RateLimitPause(ILogger logger, TimeSpan delay);

    [LoggerMessage(11, LogLevel.Warning, "E-mail {Key} was claimed at {ClaimedAt} by an attempt that stopped before confirming it; it {Settlement}")]
    public static partial void ClaimSettled(ILogger logger, string key, DateTimeOffset claimedAt, string settlement);

    [LoggerMessage(10, LogLevel.Information, "E-mail {Key} released for resending by an operator")]
    public static partial void ReleasedForResend(ILogger logger, string key);
}
