namespace HdndWorkflow.DurableTask;

/// <summary>Why a task or an orchestration failed: the exception's type, message and stack, and its inner failure.</summary>
public sealed record TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace = null, TaskFailureDetails? InnerFailure = null)
{
    /// <summary>Describes an exception.</summary>
    public static TaskFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.StackTrace,
            exception.InnerException is null ? null : FromException(exception.InnerException));
    }

    /// <summary>True when the failure is of exception type <typeparamref name="T"/> (or derives from it).</summary>
    public bool IsCausedBy<T>() where T : Exception =>
        Type.GetType(ErrorType, throwOnError: false) is { } type ? typeof(T).IsAssignableFrom(type) : ErrorType == typeof(T).FullName;
}

/// <summary>An activity or sub-orchestration that failed, as its caller sees it.</summary>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates the exception for task <paramref name="taskId"/> named <paramref name="taskName"/>.</summary>
    public TaskFailedException(string taskName, int taskId, TaskFailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed: {failureDetails?.ErrorType}: {failureDetails?.ErrorMessage}")
    {
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails!;
    }

    /// <summary>The activity's or orchestrator's name.</summary>
    public string TaskName { get; }

    /// <summary>The call's id within the orchestration.</summary>
    public int TaskId { get; }

    /// <summary>Why it failed.</summary>
    public TaskFailureDetails FailureDetails { get; }
}
