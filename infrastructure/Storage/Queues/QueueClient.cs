using System.Globalization;
using System.Text;
using System.Xml;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage.Queues;

/// <summary>
/// Sends, receives and settles the messages of one queue through the Queue service's REST API. Bodies travel as base64,
/// as the Azure Functions queue trigger expects. Thread-safe; service failures surface as <see cref="RequestFailedException"/>.
/// </summary>
public sealed class QueueClient
{
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true };

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    internal QueueClient(QueueServiceClient service, string queueName)
    {
        QueueLimits.ValidateQueueName(queueName);
        _pipeline = service.Pipeline;
        _endpoint = service.Endpoint;
        Name = queueName;
    }

    /// <summary>The queue's name.</summary>
    public string Name { get; }

    /// <summary>Creates the queue unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, string.Empty);
        await SendAsync(message, "Creating queue", cancellationToken);
        return message.Response.Status == 201;
    }

    /// <summary>Deletes the queue and its messages; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, string.Empty);
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status == 404)
        {
            return false;
        }

        EnsureSuccess(message.Response, "Deleting queue");
        return true;
    }

    /// <summary>
    /// Sends a message, invisible for <paramref name="visibilityDelay"/> (up to 7 days) and kept for
    /// <paramref name="timeToLive"/> (default 7 days; <see cref="Timeout.InfiniteTimeSpan"/> for ever).
    /// </summary>
    public async Task<SendReceipt> SendMessageAsync(BinaryData body, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = body.ToMemory();
        if (bytes.Length > QueueLimits.MaxMessageBytes)
        {
            throw new ArgumentException($"The message is {bytes.Length:N0} bytes; a queue message holds at most {QueueLimits.MaxMessageBytes:N0}.", nameof(body));
        }

        using var message = CreateMessage(RequestMethod.Post, "/messages");
        var uri = message.Request.Uri;
        if (visibilityDelay is { } delay)
        {
            QueueLimits.ValidateVisibility(delay, nameof(visibilityDelay), TimeSpan.Zero);
            uri.AppendQuery("visibilitytimeout", Seconds(delay), escapeValue: false);
        }

        if (timeToLive is { } ttl)
        {
            if (ttl != Timeout.InfiniteTimeSpan && ttl < TimeSpan.FromSeconds(1))
            {
                throw new ArgumentOutOfRangeException(nameof(timeToLive), ttl, "A message lives at least one second.");
            }

            uri.AppendQuery("messagettl", ttl == Timeout.InfiniteTimeSpan ? "-1" : Seconds(ttl), escapeValue: false);
        }

        var xml = $"<QueueMessage><MessageText>{Convert.ToBase64String(bytes.Span)}</MessageText></QueueMessage>";
        message.Request.Headers.SetValue("Content-Type", "application/xml");
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(xml));
        await SendAsync(message, "Sending message", cancellationToken);

        var sent = ReadMessages(message.Response.Content)[0];
        return new SendReceipt(sent.MessageId, sent.PopReceipt, sent.InsertedOn, sent.ExpiresOn, sent.NextVisibleOn);
    }

    /// <summary>
    /// Receives up to <paramref name="maxMessages"/> (1–32) messages and hides them for <paramref name="visibilityTimeout"/>
    /// (default 30 seconds): unless deleted by then, they are delivered again.
    /// </summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages = 1, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, QueueLimits.MaxMessagesPerReceive);
        using var message = CreateMessage(RequestMethod.Get, "/messages");
        var uri = message.Request.Uri;
        uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture), escapeValue: false);
        if (visibilityTimeout is { } timeout)
        {
            QueueLimits.ValidateVisibility(timeout, nameof(visibilityTimeout), TimeSpan.FromSeconds(1));
            uri.AppendQuery("visibilitytimeout", Seconds(timeout), escapeValue: false);
        }

        await SendAsync(message, "Receiving messages", cancellationToken);
        return ReadMessages(message.Response.Content);
    }

    /// <summary>Hides a received message for <paramref name="visibilityTimeout"/> more (0 makes it visible now).</summary>
    public async Task<UpdateReceipt> UpdateVisibilityAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        QueueLimits.ValidateVisibility(visibilityTimeout, nameof(visibilityTimeout), TimeSpan.Zero);
        using var message = CreateMessage(RequestMethod.Put, MessagePath(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibilityTimeout), escapeValue: false);
        await SendAsync(message, "Updating message visibility", cancellationToken);

        var headers = message.Response.Headers;
        headers.TryGetValue("x-ms-popreceipt", out var newReceipt);
        headers.TryGetValue("x-ms-time-next-visible", out var nextVisible);
        return new UpdateReceipt(newReceipt ?? string.Empty, ParseTime(nextVisible));
    }

    /// <summary>Deletes a received message; 404 <c>MessageNotFound</c> when it is gone or was received again since.</summary>
    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, MessagePath(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        await SendAsync(message, "Deleting message", cancellationToken);
    }

    /// <summary>The approximate number of messages in the queue.</summary>
    public async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, string.Empty);
        message.Request.Uri.AppendQuery("comp", "metadata", escapeValue: false);
        await SendAsync(message, "Reading queue metadata", cancellationToken);
        return message.Response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count)
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : 0;
    }

    private static List<QueueMessage> ReadMessages(BinaryData content)
    {
        var messages = new List<QueueMessage>();
        using var reader = XmlReader.Create(content.ToStream(), ReaderSettings);
        string? id = null, receipt = null, text = null;
        long dequeueCount = 0;
        DateTimeOffset inserted = default, expires = default, visible = default;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "QueueMessage")
            {
                messages.Add(new QueueMessage(id!, receipt!, text is null ? BinaryData.Empty : BinaryData.FromBytes(Convert.FromBase64String(text)), dequeueCount, inserted, expires, visible));
                (id, receipt, text, dequeueCount) = (null, null, null, 0);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is not ("QueueMessagesList" or "QueueMessage"))
            {
                // ReadElementContentAsString moves past the element: no further Read() for it.
                var name = reader.LocalName;
                var value = reader.ReadElementContentAsString();
                switch (name)
                {
                    case "MessageId": id = value; break;
                    case "PopReceipt": receipt = value; break;
                    case "MessageText": text = value; break;
                    case "DequeueCount": dequeueCount = long.Parse(value, CultureInfo.InvariantCulture); break;
                    case "InsertionTime": inserted = ParseTime(value); break;
                    case "ExpirationTime": expires = ParseTime(value); break;
                    case "TimeNextVisible": visible = ParseTime(value); break;
                }

                continue;
            }

            reader.Read();
        }

        return messages;
    }

    private static DateTimeOffset ParseTime(string? value) =>
        string.IsNullOrEmpty(value) ? default : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Seconds(TimeSpan value) => ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string MessagePath(string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return "/messages/" + Uri.EscapeDataString(messageId);
    }

    private HttpMessage CreateMessage(RequestMethod method, string path)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(_endpoint);
        message.Request.Uri.AppendPath("/", escape: false);
        message.Request.Uri.AppendPath(Name, escape: false);
        message.Request.Uri.AppendPath(path, escape: false);
        return message;
    }

    private async Task SendAsync(HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken);
        EnsureSuccess(message.Response, operation);
    }

    private void EnsureSuccess(Response response, string operation)
    {
        if (response.IsError)
        {
            throw StorageErrors.ToException(response, $"{operation} in queue '{Name}'");
        }
    }
}
