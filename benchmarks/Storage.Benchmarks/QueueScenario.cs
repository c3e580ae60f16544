using System.Net;
using System.Text;
using HdndWorkflow.Storage.Queues;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// Sends one message, receives one and deletes it, per operation. The client and the raw baseline use queues of
/// their own, so neither receives the other's messages.
/// </summary>
internal sealed class QueueScenario : IScenario
{
    private const string Message = """{"workflowId":"6f1c2b8e-3d4a-4e5f-9a0b-1c2d3e4f5a6b","step":"AwaitingConfirmation","attempt":3}""";

    private static readonly BinaryData MessageBody = BinaryData.FromString(Message);

    private readonly QueueClient _clientQueue;
    private readonly QueueClient _rawQueue;
    private readonly RawStorage _raw;
    private readonly Uri _messagesUri;
    private readonly Uri _receiveUri;
    private readonly string _messagesPath;
    private readonly byte[] _sendBody;

    public QueueScenario(QueueServiceClient queues, RawStorage raw)
    {
        _clientQueue = queues.GetQueueClient("bench-client");
        _rawQueue = queues.GetQueueClient("bench-raw");
        _raw = raw;
        _messagesUri = new Uri($"{raw.QueueEndpoint}/{_rawQueue.Name}/messages");
        _messagesPath = _messagesUri.AbsolutePath;
        _receiveUri = new Uri($"{_messagesUri}?numofmessages=1");
        _sendBody = Encoding.UTF8.GetBytes(
            $"<QueueMessage><MessageText>{Convert.ToBase64String(Encoding.UTF8.GetBytes(Message))}</MessageText></QueueMessage>");
    }

    public string Name => "queue_put_receive_delete";

    public int AllocationOperations => 300;

    public async Task PrepareAsync()
    {
        await _clientQueue.CreateIfNotExistsAsync();
        await _rawQueue.CreateIfNotExistsAsync();
    }

    public async Task CleanUpAsync()
    {
        await _clientQueue.DeleteAsync();
        await _rawQueue.DeleteAsync();
    }

    public async Task ClientAsync()
    {
        await _clientQueue.SendMessageAsync(MessageBody);
        IReadOnlyList<QueueMessage> received;
        do
        {
            received = await _clientQueue.ReceiveMessagesAsync();
        }
        while (received.Count == 0);

        await _clientQueue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);
    }

    public async Task RawAsync()
    {
        using (var send = _raw.QueueRequest(HttpMethod.Post, _messagesUri, _messagesPath, "application/xml"))
        {
            send.Content = new ByteArrayContent(_sendBody);
            send.Content.Headers.TryAddWithoutValidation("Content-Type", "application/xml");
            using var sent = await RawStorage.SendAsync(send, HttpStatusCode.Created);
        }

        string? id, receipt;
        do
        {
            using var receive = _raw.QueueRequest(HttpMethod.Get, _receiveUri, _messagesPath);
            using var received = await RawStorage.SendAsync(receive, HttpStatusCode.OK);
            id = Element(received.Span, "<MessageId>"u8, "</MessageId>"u8);
            receipt = Element(received.Span, "<PopReceipt>"u8, "</PopReceipt>"u8);
        }
        while (id is null || receipt is null);

        var path = $"{_messagesPath}/{Uri.EscapeDataString(id)}";
        var uri = new Uri($"{_messagesUri.GetLeftPart(UriPartial.Authority)}{path}?popreceipt={Uri.EscapeDataString(receipt)}");
        using var delete = _raw.QueueRequest(HttpMethod.Delete, uri, path);
        using var deleted = await RawStorage.SendAsync(delete, HttpStatusCode.NoContent);
    }

    private static string? Element(ReadOnlySpan<byte> xml, ReadOnlySpan<byte> open, ReadOnlySpan<byte> close)
    {
        var start = xml.IndexOf(open);
        if (start < 0)
        {
            return null;
        }

        var value = xml[(start + open.Length)..];
        var end = value.IndexOf(close);
        return end < 0 ? null : Encoding.UTF8.GetString(value[..end]);
    }
}
