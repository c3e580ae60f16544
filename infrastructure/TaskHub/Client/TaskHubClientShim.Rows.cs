using Azure.Data.Tables;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using CoreStatus = DurableTask.Core.OrchestrationStatus;

namespace HdndWorkflow.TaskHub.Client;

/// <summary>
/// Instances read straight from their rows in the task hub's Instances table (PartitionKey = instance id, RowKey empty,
/// as the Azure Storage provider writes them): many by id at once, or a range of ids a page at a time (<c>.Ranges</c>).
/// </summary>
public sealed partial class TaskHubClientShim
{
    // Read for a list (no input); Output only serves to say why a Failed instance failed.
    private static readonly string[] ListColumns = ["Name", "RuntimeStatus", "CreatedTime", "LastUpdatedTime", "CustomStatus", "ExecutionId", "Output"];

    // With payloads, the input too, and the columns that say the provider moved a large value to a blob.
    private static readonly string[] PayloadColumns = [.. ListColumns, "Input", "InputBlobName", "OutputBlobName", "CustomStatusBlobName"];

    // A range's rows carry their keys too: the instance id is the PartitionKey (see .Ranges).
    private static readonly string[] RangeListColumns = ["PartitionKey", .. ListColumns];
    private static readonly string[] RangePayloadColumns = ["PartitionKey", .. PayloadColumns];

    /// <summary>
    /// The instances among <paramref name="instanceIds"/> that exist, without inputs and outputs, in the given order.
    /// DTFx reads one instance with a single-partition query, which Azure Table storage answers from its index but the
    /// storage emulator by scanning the table; this reads each row by its keys, the one read both answer from an
    /// index. An id the provider would escape in its keys, or a custom status it moved to a blob, is read through DTFx
    /// instead.
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
        return row.HasValue ? await FromRowAsync(instanceId, row.Value!, withPayloads: false, cancellation) : null;
    }

    // An instance as its row says, or through DTFx when the provider keeps part of it in a blob (the row then holds the
    // blob's address or name, which only the provider reads).
    private async Task<OrchestrationMetadata?> FromRowAsync(string instanceId, TableEntity row, bool withPayloads, CancellationToken cancellation)
    {
        if (InBlob(row))
        {
            return await GetInstancesAsync(instanceId, withPayloads, cancellation);
        }

        var status = Enum.TryParse<CoreStatus>(row.GetString("RuntimeStatus"), out var parsed) ? parsed : (CoreStatus)(-1);
        return Metadata(
            new OrchestrationState
            {
                OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = row.GetString("ExecutionId") },
                Name = row.GetString("Name"),
                OrchestrationStatus = status,
                CreatedTime = row.GetDateTime("CreatedTime") ?? default,
                LastUpdatedTime = row.GetDateTime("LastUpdatedTime") ?? default,
                Status = row.GetString("CustomStatus"),
                Input = withPayloads ? row.GetString("Input") : null,
                Output = withPayloads || status == CoreStatus.Failed ? row.GetString("Output") : null,
            },
            withPayloads);
    }

    private static bool InBlob(TableEntity row) =>
        new[] { "Input", "Output", "CustomStatus" }.Any(column =>
            row.GetString(column) is { } value && value.StartsWith("http", StringComparison.Ordinal)
            || !string.IsNullOrEmpty(row.GetString(column + "BlobName")));

    // The characters DTFx's KeySanitation escapes in a PartitionKey: '^' (its escape), '/', '\', '#', '?' and control characters.
    private static bool IsPlainKey(string id) =>
        !string.IsNullOrEmpty(id) && !id.Any(c => c is '^' or '/' or '\\' or '#' or '?' || char.IsControl(c));
}
