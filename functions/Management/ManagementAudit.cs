using System.Globalization;
using System.Security.Claims;
using Azure.Data.Tables;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// Who did what to which orchestration instance, table <c>ManagementAudit</c>: partition = the instance id (escaped
/// for a table key), RowKey = inverted time, so an instance's record reads newest first; purges by filter are kept
/// under <see cref="ManyPartition"/>. The record outlives the instance (a purge does not touch it). The log says that
/// something was done and where; the person's e-mail and name are here, not in the log.
/// </summary>
internal sealed class ManagementAudit(TableServiceClient tables, TimeProvider time)
{
    public const string TableName = "ManagementAudit";

    /// <summary>The partition of actions on many instances at once.</summary>
    public const string ManyPartition = "~many";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>Records an action done by <paramref name="user"/>; returns the record's key (for the log).</summary>
    public async Task<string> RecordAsync(string? instanceId, ManagementAction action, ClaimsPrincipal user, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks:D19}-{Guid.NewGuid():N}");
        await _table.AddEntityAsync(
            new TableEntity(Partition(instanceId), key)
            {
                ["InstanceId"] = instanceId,
                ["Action"] = action.ToString(),
                ["At"] = now,
                ["Email"] = user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.NameIdentifier),
                ["Name"] = user.Identity?.Name,
                ["Detail"] = detail,
            },
            cancellationToken);
        return key;
    }

    /// <summary>The latest actions on an instance, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string instanceId, int max, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(instanceId)}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(
                Enum.TryParse<ManagementAction>(row.GetString("Action"), out var action) ? action : ManagementAction.Unknown,
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                row.GetString("Name") ?? row.GetString("Email") ?? string.Empty,
                row.GetString("Email"),
                row.GetString("Detail")));
            if (entries.Count == max)
            {
                break;
            }
        }

        return entries;
    }

    // A table key may not hold '/', '\', '#', '?' or control characters; escaping keeps every id distinct.
    private static string Partition(string? instanceId) => instanceId is null ? ManyPartition : Uri.EscapeDataString(instanceId);
}

/// <summary>What can be done to instances through the console or the management API.</summary>
internal enum ManagementAction
{
    Unknown,
    RaiseEvent,
    Terminate,
    Suspend,
    Resume,
    Restart,
    Rewind,
    Purge,
    PurgeMany,
}

/// <summary>One recorded action.</summary>
internal sealed record AuditEntry(ManagementAction Action, DateTimeOffset At, string By, string? Email, string? Detail);
