using Azure;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask.TestWorker;

/// <summary>The effects table: one "effect" row per idempotency key, one "attempt" row per execution.</summary>
public sealed class Effects(TableClient table)
{
    public TableClient Table => table;
}

/// <summary>Takes a while, records each attempt, and makes its effect once per idempotency key.</summary>
public sealed class RecordEffect(Effects effects) : TaskActivity<int, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, int input)
    {
        await effects.Table.CreateIfNotExistsAsync(context.CancellationToken);
        await effects.Table.AddEntityAsync(new TableEntity("attempt", Guid.NewGuid().ToString("N")) { ["Key"] = context.IdempotencyKey }, context.CancellationToken);
        await Task.Delay(300, context.CancellationToken);
        try
        {
            await effects.Table.AddEntityAsync(new TableEntity("effect", context.IdempotencyKey) { ["Step"] = input }, context.CancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
        {
            // Done by an earlier attempt: the effect happens once.
        }

        return context.IdempotencyKey;
    }
}
