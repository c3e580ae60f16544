using HdndWorkflow.DurableTask.History;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.DurableTask.Worker;

public sealed partial class TaskHubWorker
{
    /// <summary>
    /// Runs a scheduled activity in this worker (no queue round trip) and hands its result to the session, which
    /// applies it in its next step. The session keeps its message until then, so a crash runs the activity again.
    /// </summary>
    private void Dispatch(InstanceSession session, string executionId, TaskScheduled scheduled)
    {
        lock (session)
        {
            if (!session.Dispatched.Add((executionId, scheduled.TaskId)))
            {
                return;
            }

            session.RunningActivities++;
        }

        _ = Task.Run(async () =>
        {
            HistoryEvent result;
            try
            {
                await _activitySlots.WaitAsync(_stopping.Token);
                try
                {
                    result = await RunActivityAsync(session.InstanceId, executionId, scheduled);
                }
                finally
                {
                    _activitySlots.Release();
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            session.AddResult(result);
        });
    }

    private async Task<HistoryEvent> RunActivityAsync(string instanceId, string executionId, TaskScheduled scheduled)
    {
        try
        {
            await using var scope = _environment.Services.CreateAsyncScope();
            var activity = _environment.Registry.CreateActivity(scheduled.Name, scope.ServiceProvider)
                ?? throw new InvalidOperationException($"No activity named '{scheduled.Name}' is registered with this worker.");
            var input = _environment.Converter.Deserialize(scheduled.Input, activity.InputType);
            var context = new TaskActivityContext(scheduled.Name, instanceId, $"{instanceId}:{executionId}:{scheduled.TaskId}", _stopping.Token);
            var output = await activity.RunAsync(context, input);
            return new TaskCompleted(scheduled.TaskId, _environment.Converter.Serialize(output, $"output of activity '{scheduled.Name}'"));
        }
        catch (Exception e) when (!_stopping.IsCancellationRequested)
        {
            return new TaskFailed(scheduled.TaskId, TaskFailureDetails.FromException(e));
        }
    }
}
