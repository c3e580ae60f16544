using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;

namespace HdndWorkflow.Storage.Tables;

/// <summary>
/// Writes an entity group transaction as the OData <c>$batch</c> multipart body and reads the service's multipart
/// answer: https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions.
/// </summary>
internal static class TableTransactionBatch
{
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    /// <summary>Throws unless the actions form a valid transaction: 1 to 100 operations on distinct rows of one partition.</summary>
    public static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > TableLimits.MaxTransactionActions)
        {
            throw new ArgumentException(
                $"A transaction holds 1 to {TableLimits.MaxTransactionActions} operations; this one has {actions.Count}.", nameof(actions));
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!string.Equals(action.Entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"A transaction works in one partition; it mixes '{partitionKey}' and '{action.Entity.PartitionKey}'.", nameof(actions));
            }

            if (!rows.Add(action.Entity.RowKey))
            {
                throw new ArgumentException($"A transaction may touch a row once; '{action.Entity.RowKey}' appears twice.", nameof(actions));
            }
        }
    }

    public static void Write(PooledBufferWriter body, string batchBoundary, string changesetBoundary, Uri endpoint, string tableName, IReadOnlyList<TableTransactionAction> actions, Func<TableEntity, string> keyPath)
    {
        // What repeats for every operation is encoded once; the entities share one JSON writer.
        var baseUri = endpoint.AbsoluteUri.TrimEnd('/');
        var changesetDelimiter = Encoding.UTF8.GetBytes($"--{changesetBoundary}\r\n");
        byte[]? addRequestLine = null;

        WriteLine(body, $"--{batchBoundary}");
        WriteLine(body, $"Content-Type: multipart/mixed; boundary={changesetBoundary}");
        body.Write(CrLf);
        using var writer = new Utf8JsonWriter(body);
        foreach (var action in actions)
        {
            var entity = action.Entity;
            var type = action.ActionType;
            body.Write(changesetDelimiter);
            body.Write("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"u8);
            if (type == TableTransactionActionType.Add)
            {
                body.Write(addRequestLine ??= Encoding.UTF8.GetBytes($"POST {baseUri}/{tableName} HTTP/1.1\r\n"));
            }
            else
            {
                var method = type switch
                {
                    TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpsertMerge => "MERGE",
                    TableTransactionActionType.Delete => "DELETE",
                    _ => "PUT",
                };
                WriteLine(body, $"{method} {baseUri}/{keyPath(entity)} HTTP/1.1");
            }

            body.Write("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\n"u8);
            if (type is TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace or TableTransactionActionType.Delete)
            {
                WriteLine(body, $"If-Match: {(action.ETag == default ? ETag.All : action.ETag).ToString("H")}");
            }

            if (type == TableTransactionActionType.Delete)
            {
                body.Write(CrLf);
                continue;
            }

            TableLimits.ValidateEntity(entity);
            if (type == TableTransactionActionType.Add)
            {
                body.Write("Prefer: return-no-content\r\n"u8);
            }

            body.Write("Content-Type: application/json\r\n\r\n"u8);
            TableEntityJson.Write(writer, entity);
            writer.Flush();
            writer.Reset();
            body.Write(CrLf);
        }

        WriteLine(body, $"--{changesetBoundary}--");
        WriteLine(body, $"--{batchBoundary}--");
    }

    /// <summary>
    /// Reads the status, ETag and body of each sub-response, in order. Works on the UTF-8 bytes line by line
    /// (lines end in CRLF) and decodes only what it returns: an answer to 100 operations is some 45 KB.
    /// </summary>
    public static List<(int Status, ETag ETag, string Body)> ReadResponses(BinaryData content)
    {
        var results = new List<(int, ETag, string)>();
        var lines = new LineReader(content.ToMemory().Span);
        while (lines.TryRead(out var statusLine))
        {
            if (!statusLine.StartsWith("HTTP/1.1 "u8))
            {
                continue;
            }

            var status = int.Parse(statusLine.Slice(9, 3), NumberStyles.Integer, CultureInfo.InvariantCulture);
            var etag = default(ETag);
            while (lines.TryRead(out var header) && header.Length > 0)
            {
                if (header.Length >= 5 && Ascii.EqualsIgnoreCase(header[..5], "ETag:"u8))
                {
                    var value = header[5..];
                    etag = new ETag(Encoding.UTF8.GetString(value[Ascii.Trim(value)]).Trim());
                }
            }

            // The body runs to the next boundary line.
            StringBuilder? text = null;
            while (lines.TryRead(out var line) && !line.StartsWith("--"u8))
            {
                if (line.Length > 0)
                {
                    (text ??= new StringBuilder()).Append(Encoding.UTF8.GetString(line));
                }
            }

            results.Add((status, etag, text?.ToString() ?? string.Empty));
        }

        return results;
    }

    private static void WriteLine(PooledBufferWriter body, string line)
    {
        var count = Encoding.UTF8.GetByteCount(line);
        var span = body.GetSpan(count + 2);
        Encoding.UTF8.GetBytes(line, span);
        span[count] = (byte)'\r';
        span[count + 1] = (byte)'\n';
        body.Advance(count + 2);
    }

    /// <summary>The lines of a text, as <c>string.Split("\r\n")</c> would cut them, without allocating.</summary>
    private ref struct LineReader(ReadOnlySpan<byte> text)
    {
        private ReadOnlySpan<byte> _rest = text;
        private bool _done;

        public bool TryRead(out ReadOnlySpan<byte> line)
        {
            if (_done)
            {
                line = default;
                return false;
            }

            var end = _rest.IndexOf("\r\n"u8);
            if (end < 0)
            {
                line = _rest;
                _done = true;
                return true;
            }

            line = _rest[..end];
            _rest = _rest[(end + 2)..];
            return true;
        }
    }
}
