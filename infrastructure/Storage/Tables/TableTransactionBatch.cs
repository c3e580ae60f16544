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
        WriteLine(body, $"--{batchBoundary}");
        WriteLine(body, $"Content-Type: multipart/mixed; boundary={changesetBoundary}");
        WriteLine(body, string.Empty);
        foreach (var action in actions)
        {
            var entity = action.Entity;
            var (method, path) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", tableName),
                TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpsertMerge => ("MERGE", keyPath(entity)),
                _ => (action.ActionType == TableTransactionActionType.Delete ? "DELETE" : "PUT", keyPath(entity)),
            };

            WriteLine(body, $"--{changesetBoundary}");
            WriteLine(body, "Content-Type: application/http");
            WriteLine(body, "Content-Transfer-Encoding: binary");
            WriteLine(body, string.Empty);
            WriteLine(body, $"{method} {endpoint.AbsoluteUri.TrimEnd('/')}/{path} HTTP/1.1");
            WriteLine(body, "Accept: application/json;odata=minimalmetadata");
            WriteLine(body, "DataServiceVersion: 3.0");
            if (action.ActionType is TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace or TableTransactionActionType.Delete)
            {
                WriteLine(body, $"If-Match: {(action.ETag == default ? ETag.All : action.ETag).ToString("H")}");
            }

            if (action.ActionType == TableTransactionActionType.Delete)
            {
                WriteLine(body, string.Empty);
                continue;
            }

            TableLimits.ValidateEntity(entity);
            if (action.ActionType == TableTransactionActionType.Add)
            {
                WriteLine(body, "Prefer: return-no-content");
            }

            WriteLine(body, "Content-Type: application/json");
            WriteLine(body, string.Empty);
            using (var writer = new Utf8JsonWriter(body))
            {
                TableEntityJson.Write(writer, entity);
            }

            body.Write(CrLf);
        }

        WriteLine(body, $"--{changesetBoundary}--");
        WriteLine(body, $"--{batchBoundary}--");
    }

    /// <summary>Reads the status, ETag and body of each sub-response, in order.</summary>
    public static List<(int Status, ETag ETag, string Body)> ReadResponses(BinaryData content)
    {
        var results = new List<(int, ETag, string)>();
        var lines = content.ToString().Split("\r\n");
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
            {
                continue;
            }

            var status = int.Parse(lines[i].AsSpan(9, 3), CultureInfo.InvariantCulture);
            var etag = default(ETag);
            for (i++; i < lines.Length && lines[i].Length > 0; i++)
            {
                if (lines[i].StartsWith("ETag:", StringComparison.OrdinalIgnoreCase))
                {
                    etag = new ETag(lines[i][5..].Trim());
                }
            }

            var text = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                text.Append(lines[i]);
            }

            results.Add((status, etag, text.ToString()));
            i--;
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
}
