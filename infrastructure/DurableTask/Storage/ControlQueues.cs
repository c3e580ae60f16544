using System.Text.Json;
using HdndWorkflow.DurableTask.History;

namespace HdndWorkflow.DurableTask.Storage;

/// <summary>Sends control messages to the queue of their instance, and reads them back.</summary>
internal sealed class ControlQueues(TaskHubStorage storage)
{
    public async Task SendAsync(ControlMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        var body = new BinaryData(JsonSerializer.SerializeToUtf8Bytes(message, HistoryJson.Default.ControlMessage));
        var queue = storage.ControlQueueIndex(message.InstanceId);
        await storage.ControlQueues[queue].SendMessageAsync(
            body,
            delay > TimeSpan.Zero ? delay : null,
            Timeout.InfiniteTimeSpan,
            cancellationToken);
        if (delay <= TimeSpan.Zero)
        {
            storage.Sent(queue);
        }
    }

    public static ControlMessage Read(BinaryData body) => Read(body.ToMemory().Span);

    public static ControlMessage Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, HistoryJson.Default.ControlMessage)
        ?? throw new JsonException("The control message is empty.");
}
