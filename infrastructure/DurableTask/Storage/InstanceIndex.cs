using System.Text;
using Azure;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask.Storage;

/// <summary>
/// The Instances table: one row an instance (PartitionKey = instance id) with what clients ask of it: name, status,
/// times, input, output, custom status, failure. Written when an instance is scheduled and after each step that
/// changes any of these; the History table stays the truth of record.
/// </summary>
internal sealed class InstanceIndex(TableClient table)
{
    private const string StepColumn = "Step";

    public TableClient Table => table;

    /// <summary>Records a scheduled instance. Throws <see cref="OrchestrationAlreadyExistsException"/> when a running instance has the id.</summary>
    public async Task CreateAsync(string instanceId, string name, string? input, string executionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new TableEntity(instanceId, string.Empty)
        {
            ["Name"] = name,
            ["Status"] = nameof(OrchestrationRuntimeStatus.Pending),
            ["CreatedAt"] = now,
            ["LastUpdatedAt"] = now,
            ["ExecutionId"] = executionId,
            ["Input"] = Bytes(input),
        };
        try
        {
            await table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
        {
            var existing = await table.GetEntityAsync(instanceId, string.Empty, cancellationToken: cancellationToken);
            if (existing is null)
            {
                await table.AddEntityAsync(row, cancellationToken);
                return;
            }

            if (existing.GetString("ExecutionId") == executionId)
            {
                return;
            }

            var status = Enum.Parse<OrchestrationRuntimeStatus>(existing.GetString("Status")!);
            if (!status.IsTerminal())
            {
                throw new OrchestrationAlreadyExistsException(instanceId, status);
            }

            // A finished instance is replaced by the new one: its id starts a new execution.
            await table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>
    /// Records what step <paramref name="step"/> of the instance changed, unless a later step is recorded already: two
    /// workers may write after steps that committed in one order, their writes landing in the other, and a worker may
    /// recover from an older copy of the instance than the last committed. Steps are numbered by
    /// <see cref="StepOf"/>; a row without a number (written when the instance was scheduled) is older than any step.
    /// </summary>
    public async Task UpdateAsync(string instanceId, long step, string name, string executionId, OrchestrationRuntimeStatus status, string? output, string? customStatus, TaskFailureDetails? failure, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new TableEntity(instanceId, string.Empty)
        {
            [StepColumn] = step,
            ["Name"] = name,
            ["ExecutionId"] = executionId,
            ["Status"] = status.ToString(),
            ["LastUpdatedAt"] = now,
            ["Output"] = Bytes(output),
            ["CustomStatus"] = Bytes(customStatus),
            ["Failure"] = failure is null ? null : System.Text.Json.JsonSerializer.Serialize(failure, HistoryJson.Default.TaskFailureDetails),
        };
        while (true)
        {
            var existing = await table.GetEntityAsync(instanceId, string.Empty, [StepColumn], cancellationToken);
            try
            {
                if (existing is null)
                {
                    await table.AddEntityAsync(row, cancellationToken);
                }
                else if ((existing.GetInt64(StepColumn) ?? -1) < step)
                {
                    await table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Merge, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
            {
                // Written (or removed) meanwhile: look again.
            }
        }
    }

    /// <summary>A step's number: later steps, and the steps of later generations, have larger ones.</summary>
    public static long StepOf(int generation, long eventCount) => ((long)generation << 32) | eventCount;

    public async Task<OrchestrationMetadata?> GetAsync(string instanceId, CancellationToken cancellationToken) =>
        await table.GetEntityAsync(instanceId, string.Empty, cancellationToken: cancellationToken) is { } row ? Read(row) : null;

    public static OrchestrationMetadata Read(TableEntity row) => new(
        row.PartitionKey,
        row.GetString("Name") ?? string.Empty,
        Enum.Parse<OrchestrationRuntimeStatus>(row.GetString("Status") ?? nameof(OrchestrationRuntimeStatus.Pending)),
        row.GetDateTimeOffset("CreatedAt") ?? default,
        row.GetDateTimeOffset("LastUpdatedAt") ?? default)
    {
        SerializedInput = Text(row, "Input"),
        SerializedOutput = Text(row, "Output"),
        SerializedCustomStatus = Text(row, "CustomStatus"),
        FailureDetails = row.GetString("Failure") is { Length: > 0 } failure
            ? System.Text.Json.JsonSerializer.Deserialize(failure, HistoryJson.Default.TaskFailureDetails)
            : null,
    };

    // Payloads are stored as UTF-8 bytes: a binary property holds 64 KiB, a string property only 32K characters.
    private static byte[]? Bytes(string? text) => text is null ? null : Encoding.UTF8.GetBytes(text);

    private static string? Text(TableEntity row, string name) => row.GetBinary(name) is { } bytes ? bytes.ToString() : null;
}
