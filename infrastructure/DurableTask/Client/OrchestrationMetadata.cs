using System.Text.Json;
using HdndWorkflow.DurableTask.History;

namespace HdndWorkflow.DurableTask;

/// <summary>What a client sees of an orchestration instance, as in Microsoft.DurableTask.</summary>
public sealed record OrchestrationMetadata(string InstanceId, string Name, OrchestrationRuntimeStatus RuntimeStatus, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The input as JSON, when asked for.</summary>
    public string? SerializedInput { get; init; }

    /// <summary>The output as JSON, when asked for.</summary>
    public string? SerializedOutput { get; init; }

    /// <summary>The custom status as JSON, when asked for.</summary>
    public string? SerializedCustomStatus { get; init; }

    /// <summary>Why it failed, when it did.</summary>
    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>The history of the current execution, when asked for.</summary>
    public IReadOnlyList<HistoryEvent>? History { get; init; }

    /// <summary>True while the instance runs, waits or is suspended.</summary>
    public bool IsRunning => RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended;

    /// <summary>True when it will not run again.</summary>
    public bool IsCompleted => RuntimeStatus.IsTerminal();

    /// <summary>The input, deserialised.</summary>
    public T? ReadInputAs<T>() => SerializedInput is null ? default : JsonSerializer.Deserialize<T>(SerializedInput, Web);

    /// <summary>The output, deserialised.</summary>
    public T? ReadOutputAs<T>() => SerializedOutput is null ? default : JsonSerializer.Deserialize<T>(SerializedOutput, Web);

    /// <summary>The custom status, deserialised.</summary>
    public T? ReadCustomStatusAs<T>() => SerializedCustomStatus is null ? default : JsonSerializer.Deserialize<T>(SerializedCustomStatus, Web);
}

/// <summary>An instance with this id exists and has not finished.</summary>
public sealed class OrchestrationAlreadyExistsException(string instanceId, OrchestrationRuntimeStatus status)
    : InvalidOperationException($"An orchestration instance with id '{instanceId}' already exists and is {status}; choose another id, or wait until it finishes.")
{
    /// <summary>The id that is taken.</summary>
    public string InstanceId { get; } = instanceId;
}
