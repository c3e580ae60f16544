namespace HdndWorkflow.Functions;

/// <summary>
/// The management API's and console's log messages (event ids 500–599). They say what was done to which instance and
/// the role of who did it; who it was is in the audit table (<c>ManagementAudit</c>), under the key logged here.
/// </summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Management: {Action} on instance {InstanceId} by an {Role} (audit record {AuditKey})")]
    public static partial void ManagementActionDone(this ILogger logger, Management.ManagementAction action, string? instanceId, string role, string auditKey);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Management: {Action} on instance {InstanceId} was refused by the engine: {Reason}")]
    public static partial void ManagementActionRefused(this ILogger logger, Management.ManagementAction action, string instanceId, string reason);
}
