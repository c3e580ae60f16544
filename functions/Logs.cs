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

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Council index: {Count} conferences stored before it existed were added")]
    public static partial void CouncilIndexBackfilled(this ILogger logger, int count);
}
