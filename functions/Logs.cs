namespace HdndWorkflow.Functions;

/// <summary>The app's log messages, source-generated. None of them carries a connection string, key or token.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Storage account {AccountName} from setting {SettingName}: tables at {TableEndpoint}, queues at {QueueEndpoint}, blobs at {BlobEndpoint}")]
    public static partial void StorageAccountConfigured(
        this ILogger logger, string accountName, Uri tableEndpoint, Uri queueEndpoint, Uri blobEndpoint, string settingName);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Creating table {Table} failed (attempt {Attempt}): {Reason}; retrying")]
    public static partial void AppTableRetry(this ILogger logger, string table, int attempt, string reason);

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Inbound mail to {Recipients} recipients carries no reply address of this app; nothing to do")]
    public static partial void InboundWithoutReference(this ILogger logger, int recipients);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Inbound mail names conference {Conference}, but no invitation there matches its signed reply address")]
    public static partial void InboundWithoutInvitation(this ILogger logger, Guid conference);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Inbound mail {MessageId} for conference {Conference}: {Outcome}")]
    public static partial void InboundHandled(this ILogger logger, string messageId, Guid conference, HdndWorkflow.Functions.Conferences.Inbound.InboxOutcome outcome);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Inbound post refused with {Status}: {Reason}")]
    public static partial void InboundRefused(this ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Queue {Queue}'s length could not be read ({Status} {ErrorCode}); not reported until it can")]
    public static partial void QueueDepthUnread(this ILogger logger, string queue, int status, string? errorCode);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Council index: {Count} conferences stored before it existed were added")]
    public static partial void CouncilIndexBackfilled(this ILogger logger, int count);
}
