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
        // The history itself may be what fails to load: the state row alone is enough to record the failure.
        var (state, etag) = await _history.LoadStateAsync(message.InstanceId, cancellationToken);
        ExecutionStarted? started = message.Event as ExecutionStarted;
        try
        {
            started ??= (await _history.LoadAsync(message.InstanceId, cancellationToken)).History.OfType<ExecutionStarted>().FirstOrDefault();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException)
        {
            // Unreadable history: the parent, if any, is not told; the instance still shows the failure.
        }

        await FailAsync(message.InstanceId, state, etag, started, failure);
    }
}
