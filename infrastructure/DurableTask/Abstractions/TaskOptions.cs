namespace HdndWorkflow.DurableTask;

/// <summary>Options of one activity or sub-orchestration call.</summary>
public record TaskOptions(RetryPolicy? Retry = null)
{
    /// <summary>Options that retry the call with <paramref name="policy"/>.</summary>
    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(policy);
}

/// <summary>Options of a sub-orchestration call: its instance id (default: a deterministic new Guid).</summary>
public sealed record SubOrchestrationOptions(string? InstanceId = null, RetryPolicy? Retry = null) : TaskOptions(Retry);

/// <summary>
/// How a failed call is retried: up to <see cref="MaxNumberOfAttempts"/> attempts in all, waiting
/// <see cref="FirstRetryInterval"/> × <see cref="BackoffCoefficient"/>^(attempt-1), at most <see cref="MaxRetryInterval"/>,
/// on durable timers.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Creates a policy; the arguments are checked.</summary>
    public RetryPolicy(int maxNumberOfAttempts, TimeSpan firstRetryInterval, double backoffCoefficient = 1.0, TimeSpan? maxRetryInterval = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
    }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxNumberOfAttempts { get; }

    /// <summary>The wait before the second attempt.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>How much each wait grows.</summary>
    public double BackoffCoefficient { get; }

    /// <summary>The longest wait.</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var seconds = FirstRetryInterval.TotalSeconds * Math.Pow(BackoffCoefficient, attempt - 1);
        return seconds >= MaxRetryInterval.TotalSeconds ? MaxRetryInterval : TimeSpan.FromSeconds(seconds);
    }
}
