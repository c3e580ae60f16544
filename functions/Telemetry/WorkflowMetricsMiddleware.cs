using System.Diagnostics;
using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.History;
using DurableTask.Core.Middleware;
using HdndWorkflow.TaskHub.Hosting;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// Counts orchestrations as the worker runs them: started when an episode holds the instance's ExecutionStarted event,
/// finished when an episode ends it (its complete action's status: Completed, Failed, Terminated); and times each
/// activity execution. An episode the provider runs again (its commit lost) may count twice: these are operational
/// counts, not an audit.
/// </summary>
internal sealed class WorkflowMetricsMiddleware(AppMetrics metrics, TimeProvider time) : TaskHubMiddleware
{
    public override async Task OnOrchestrationAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var state = context.GetProperty<OrchestrationRuntimeState>();
        if (state?.NewEvents.OfType<ExecutionStartedEvent>().FirstOrDefault() is { } started)
        {
            metrics.OrchestrationStarted(started.Name);
        }

        await next();
        var completed = context.GetProperty<OrchestratorExecutionResult>()?.Actions.OfType<OrchestrationCompleteOrchestratorAction>().FirstOrDefault();
        if (state?.Name is { } name && completed is not null && completed.OrchestrationStatus != OrchestrationStatus.ContinuedAsNew)
        {
            metrics.OrchestrationFinished(name, completed.OrchestrationStatus.ToString());
        }
    }

    public override async Task OnActivityAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var name = context.GetProperty<TaskScheduledEvent>()?.Name ?? "unknown";
        var start = time.GetTimestamp();
        var outcome = "failed";
        try
        {
            await next();
            outcome = context.GetProperty<ActivityExecutionResult>()?.ResponseEvent is TaskFailedEvent ? "failed" : "completed";
        }
        finally
        {
            metrics.ActivityExecuted(name, outcome, time.GetElapsedTime(start));
        }
    }
}
