using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Email;

/// <summary>The event webhook's log messages: counts and reasons, never addresses or bodies.</summary>
internal static partial class Logs
{
    [LoggerMessage(40, LogLevel.Warning, "SendGrid event webhook: request refused, {Reason}")]
    public static partial void EventWebhookRefused(ILogger logger, string reason);

    [LoggerMessage(41, LogLevel.Information, "SendGrid event webhook: {Events} events, {Handled} delivery failures handled, {Replayed} seen before")]
    public static partial void EventWebhookReceived(ILogger logger, int events, int handled, int replayed);
}
