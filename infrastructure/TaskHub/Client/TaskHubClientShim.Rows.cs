using Azure.Data.Tables;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using CoreStatus = DurableTask.Core.OrchestrationStatus;

namespace HdndWorkflow.TaskHub.Client;

/// <summary>Many instances by id at once, each one a point read of its row in the task hub's Instances table.</summary>
public sealed partial class TaskHubClientShim
{
    // Read for a list (no input); Output only serves to say why a Failed instance failed.
    private static readonly string[] ListColumns = ["Name", "RuntimeStatus", "CreatedTime", "LastUpdatedTime", "CustomStatus", "ExecutionId", "Output"];

    /// <summary>
    /// The instances among <paramref name="instanceIds"/> that exist, without inputs and outputs, in the given order.
    /// DTFx reads one instance with a single-partition query, which Azure Table storage answers from its index but the
    /// storage emulator by scanning the table; this reads each row by its keys (PartitionKey = instance id, RowKey
    /// empty, as the provider writes it), the one read both answer from an index. An id the provider would escape in its
    /// keys, or a custom status it moved to a blob, is read through DTFx instead.
    /// </summary>
    public async Task<IReadOnlyList<OrchestrationMetadata>> GetInstancesByIdAsync(IEnumerable<string> instanceIds, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        var read = await Task.WhenAll(instanceIds.Select(id => ReadRowAsync(id, cancellation)));
        return [.. read.OfType<OrchestrationMetadata>()];
    }

    private async Task<OrchestrationMetadata?> ReadRowAsync(string instanceId, CancellationToken cancellation)
    {
        if (instances is null || !IsPlainKey(instanceId))
        {
            return await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation);
        }

        var row = await instances.GetEntityIfExistsAsync<TableEntity>(instanceId, string.Empty, ListColumns, cancellation);
        if (!row.HasValue)
        {
            return null;
        }

        var entity = row.Value!;
        if (entity.GetString("CustomStatus") is { } custom && custom.StartsWith("http", StringComparison.Ordinal))
        {
            return await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation);
        }

        var status = Enum.TryParse<CoreStatus>(entity.GetString("RuntimeStatus"), out var parsed) ? parsed : (CoreStatus)(-1);
        return Metadata(
            new OrchestrationState
            {
                OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = entity.GetString("ExecutionId") },
                Name = entity.GetString("Name"),
                OrchestrationStatus = status,
                CreatedTime = entity.GetDateTime("CreatedTime") ?? default,
                LastUpdatedTime = entity.GetDateTime("LastUpdatedTime") ?? default,
                Status = entity.GetString("CustomStatus"),
                Output = status == CoreStatus.Failed ? entity.GetString("Output") : null,
            },
            withPayloads: false);
    }

    // The characters DTFx's KeySanitation escapes in a PartitionKey: '^' (its escape), '/', '\', '#', '?' and control characters.
    private static bool IsPlainKey(string id) =>
        !string.IsNullOrEmpty(id) && !id.Any(c => c is '^' or '/' or '\\' or '#' or '?' || char.IsControl(c));
}
