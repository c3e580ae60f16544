using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>
/// The app's clock as an orchestration sees it. The plan activities read it (so a replay sees the recorded value,
/// never a new one), and the orchestrations decide by it: the same <see cref="TimeProvider"/> as the rest of the app,
/// which tests move forward. A durable timer waits at most <paramref name="MaxWait"/> before the orchestration reloads
/// its plan and decides again, so a deadline reached on the app's clock is seen within that time.
/// </summary>
/// <param name="Now">The app's time (UTC) when the plan was read.</param>
/// <param name="MaxWait">The longest one durable timer waits.</param>
public sealed record WorkflowTime(DateTime Now, TimeSpan MaxWait)
{
    /// <summary>Whether a timer for <paramref name="due"/> waits all the way (it is not cut to <see cref="MaxWait"/>).</summary>
    public bool Reaches(DateTime due) => due - Now <= MaxWait;

    /// <summary>
    /// A durable timer for <paramref name="due"/> on the app's clock, cut to <see cref="MaxWait"/>: when it fires and
    /// <see cref="Reaches"/> was false, the orchestration reloads its plan rather than act.
    /// </summary>
    public Task Timer(TaskOrchestrationContext context, DateTime due, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var wait = due - Now;
        return context.CreateTimer(context.CurrentUtcDateTime + (wait < TimeSpan.Zero ? TimeSpan.Zero : wait < MaxWait ? wait : MaxWait), cancellation);
    }
}

/// <summary>Reads <see cref="WorkflowTime"/> for the plan activities.</summary>
public sealed class WorkflowClock(TimeProvider time, IOptions<WorkflowOptions> options)
{
    /// <summary>The app's time now, with the configured longest wait.</summary>
    public WorkflowTime Read() => new(time.GetUtcNow().UtcDateTime, options.Value.MaxTimerWait);
}

/// <summary>The workflows' own settings (section <c>Workflow</c>).</summary>
public sealed class WorkflowOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Workflow";

    /// <summary>
    /// The longest one durable timer waits before its orchestration re-reads its plan (three days, as
    /// Microsoft.DurableTask splits long timers by default); shorter only where the clock is moved by hand (tests).
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.1", "7.00:00:00")]
    public TimeSpan MaxTimerWait { get; set; } = TimeSpan.FromDays(3);
}
