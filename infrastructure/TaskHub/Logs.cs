using Microsoft.Extensions.Logging;

namespace HdndWorkflow.TaskHub;

/// <summary>The engine glue's log messages (source-generated).</summary>
internal static partial class Logs
{
    [LoggerMessage(2, LogLevel.Information, "Durable Task worker started: task hub {HubName} on Azure Storage, {PartitionCount} control queues")]
    public static partial void Started(ILogger logger, string hubName, int partitionCount);

    [LoggerMessage(1, LogLevel.Warning, "The Durable Task worker did not stop within the host's shutdown timeout; its leases lapse by themselves")]
    public static partial void StopTimedOut(ILogger logger);
}
