namespace HdndWorkflow.DurableTask;

/// <summary>An orchestrator, as the engine sees it: untyped input and output.</summary>
public interface ITaskOrchestrator
{
    /// <summary>The input's type, for deserialisation.</summary>
    Type InputType { get; }

    /// <summary>Runs the orchestration's code; it must be deterministic (see docs/durable-engine.md).</summary>
    Task<object?> RunAsync(TaskOrchestrationContext context, object? input);
}

/// <summary>
/// A class-based orchestrator, as in Microsoft.DurableTask. Its code only sequences decisions: no clock, random, Guid,
/// I/O, Task.Delay, Task.Run or injected services; it uses the context's time, Guid, timers and replay-safe logger.
/// </summary>
public abstract class TaskOrchestrator<TInput, TOutput> : ITaskOrchestrator
{
    Type ITaskOrchestrator.InputType => typeof(TInput);

    /// <summary>The orchestration's code.</summary>
    public abstract Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input);

    async Task<object?> ITaskOrchestrator.RunAsync(TaskOrchestrationContext context, object? input) =>
        await RunAsync(context, (TInput)input!);
}
