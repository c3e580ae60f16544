using System.Globalization;
using Azure;
using Azure.Core;

namespace HdndWorkflow.Storage.Tables;

public sealed partial class TableClient
{
    /// <summary>
    /// Applies up to 100 operations on distinct rows of one partition atomically: all of them, or none. The limits
    /// (count, one partition, 4 MiB) are checked before sending. Returns each operation's new ETag (default for deletes);
    /// throws <see cref="TableTransactionFailedException"/> when the service refuses the transaction.
    /// </summary>
    public async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        TableTransactionBatch.Validate(actions);
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        using var body = new PooledBufferWriter(16 * 1024);
        TableTransactionBatch.Write(body, batch, changeset, _endpoint, Name, actions, e => KeyPath(e.PartitionKey, e.RowKey));
        if (body.WrittenCount > TableLimits.MaxTransactionBytes)
        {
            throw new ArgumentException(
                $"The transaction's payload is {body.WrittenCount:N0} bytes; the most is {TableLimits.MaxTransactionBytes:N0}.", nameof(actions));
        }

        using var message = CreateMessage(RequestMethod.Post, "$batch");
        message.Request.Headers.SetValue("Content-Type", $"multipart/mixed; boundary={batch}");
        message.Request.Content = RequestContent.Create(body.WrittenMemory);
        await _pipeline.SendAsync(message, cancellationToken);
        EnsureSuccess(message.Response, "Submitting transaction");

        var responses = TableTransactionBatch.ReadResponses(message.Response.Content);
        var failure = responses.FindIndex(r => r.Status >= 400);
        if (failure >= 0 || responses.Count != actions.Count)
        {
            throw TransactionFailure(responses, failure);
        }

        return responses.ConvertAll(r => r.ETag);
    }

    private TableTransactionFailedException TransactionFailure(List<(int Status, ETag ETag, string Body)> responses, int failure)
    {
        if (failure < 0)
        {
            return new TableTransactionFailedException(500, $"Submitting transaction in table '{Name}' returned {responses.Count} answers for its operations.", null, null);
        }

        var (status, _, body) = responses[failure];
        var (code, detail) = string.IsNullOrEmpty(body) ? (null, null) : StorageErrors.ParseJson(BinaryData.FromString(body));
        int? index = null;

        // The service names the failed operation by prefixing its message with "index:".
        var colon = detail?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon > 0 && int.TryParse(detail.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            index = parsed;
            detail = detail![(colon + 1)..];
        }

        var firstLine = detail?.Split('\n')[0].Trim();
        return new TableTransactionFailedException(
            status,
            $"Transaction in table '{Name}' failed with {status} {code}{(index is null ? string.Empty : $" at operation {index}")}: {firstLine}. Nothing was written.",
            code,
            index);
    }
}
