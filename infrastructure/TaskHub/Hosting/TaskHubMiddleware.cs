using DurableTask.Core.Middleware;

namespace HdndWorkflow.TaskHub.Hosting;

/// <summary>
/// Code the worker runs around each orchestration episode and each activity execution: the Durable Task Framework's
/// dispatcher middleware (<c>TaskHubWorker.AddOrchestrationDispatcherMiddleware</c> and
/// <c>AddActivityDispatcherMiddleware</c>), registered in the container so that the app can observe its work (metrics)
/// without the glue knowing what it observes. Each override must call <c>next</c> once.
/// </summary>
public abstract class TaskHubMiddleware
{
    /// <summary>Around one orchestration episode; after <paramref name="next"/> the context holds its result.</summary>
    public virtual Task OnOrchestrationAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return next();
    }

    /// <summary>Around one activity execution; after <paramref name="next"/> the context holds its result.</summary>
    public virtual Task OnActivityAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return next();
    }
}
