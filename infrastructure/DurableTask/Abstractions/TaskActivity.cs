namespace HdndWorkflow.DurableTask;

/// <summary>An activity, as the engine sees it: untyped input and output.</summary>
public interface ITaskActivity
{
    /// <summary>The input's type, for deserialisation.</summary>
    Type InputType { get; }

    /// <summary>Runs the activity.</summary>
    Task<object?> RunAsync(TaskActivityContext context, object? input);
}

/// <summary>
/// A class-based activity, as in Microsoft.DurableTask: where side effects happen. It runs at least once per call;
/// use <see cref="TaskActivityContext.IdempotencyKey"/> to make its effects happen once.
/// </summary>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    Type ITaskActivity.InputType => typeof(TInput);

    /// <summary>The activity's work.</summary>
    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input);

    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input) =>
        await RunAsync(context, (TInput)input!);
}

/// <summary>What an activity knows about its call.</summary>
public sealed class TaskActivityContext
{
    internal TaskActivityContext(string name, string instanceId, string idempotencyKey, CancellationToken cancellationToken)
    {
        Name = name;
        InstanceId = instanceId;
        IdempotencyKey = idempotencyKey;
        CancellationToken = cancellationToken;
    }

    /// <summary>The activity's registered name.</summary>
    public string Name { get; }

    /// <summary>The orchestration instance that called it.</summary>
    public string InstanceId { get; }

    /// <summary>
    /// Stable across every execution of this one call (instance, execution and task id): side effects keyed by it
    /// happen once even when the activity runs again. (On Microsoft.DurableTask the adapter derives it the same way.)
    /// </summary>
    public string IdempotencyKey { get; }

    /// <summary>Signalled when the worker shuts down.</summary>
    public CancellationToken CancellationToken { get; }
}
