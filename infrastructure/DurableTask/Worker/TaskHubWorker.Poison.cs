using HdndWorkflow.DurableTask.History;
using HdndWorkflow.DurableTask.Storage;

namespace HdndWorkflow.DurableTask.Worker;

public sealed partial class TaskHubWorker
{
    /// <summary>
    /// Parks a message that failed <paramref name="dequeueCount"/> times in the poison queue and fails its instance, so
    /// the failure shows instead of a silent hang. The caller then deletes the message.
    /// </summary>
    public async Task ParkAsync(BinaryData body, long dequeueCount, Exception error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(error);
        await _storage.Poison.SendMessageAsync(body, timeToLive: Timeout.InfiniteTimeSpan, cancellationToken: cancellationToken);

        ControlMessage message;
        try
        {
            message = ControlQueues.Read(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return;
        }

        Logs.Poisoned(_logger, message.InstanceId, dequeueCount, error);
        var failure = new TaskFailureDetails(
            "PoisonMessage",
            $"A {message.Event.GetType().Name} message for this instance failed {dequeueCount} times and was parked in queue '{_storage.Poison.Name}': {error.Message}",
            error.StackTrace,
            TaskFailureDetails.FromException(error));
        var loaded = await _history.LoadAsync(message.InstanceId, cancellationToken);
        await FailAsync(message.InstanceId, loaded, failure);
    }
}
