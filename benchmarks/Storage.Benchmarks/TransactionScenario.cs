using System.Globalization;
using System.Net;
using System.Text;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// Inserts 100 new entities into one fresh partition per operation as an entity group transaction (POST /$batch).
/// </summary>
internal sealed class TransactionScenario : IScenario
{
    private const int Size = 100;
    private const string BatchBoundary = "batch_00000000000000000000000000000001";
    private const string ChangesetBoundary = "changeset_00000000000000000000000000000002";

    private static readonly string[] RowKeys = [.. Enumerable.Range(0, Size).Select(i => $"r{i:D3}")];

    private readonly TableClient _table;
    private readonly RawStorage _raw;
    private readonly Uri _uri;
    private readonly string _path;
    private readonly BodyTemplate _body;

    public TransactionScenario(TableServiceClient tables, RawStorage raw)
    {
        _table = tables.GetTableClient("benchbatch");
        _raw = raw;
        _uri = new Uri($"{raw.TableEndpoint}/$batch");
        _path = _uri.AbsolutePath;
        var placeholder = new string('~', Keys.Length);
        _body = new BodyTemplate(BatchText(raw.TableEndpoint, _table.Name, placeholder), placeholder);
        if (_body.Placeholders != Size)
        {
            throw new InvalidOperationException("The transaction template must name its partition once per entity.");
        }
    }

    public string Name => "transaction_100";

    public int AllocationOperations => 30;

    public async Task PrepareAsync() => await _table.CreateIfNotExistsAsync();

    public async Task CleanUpAsync() => await _table.DeleteAsync();

    public async Task ClientAsync()
    {
        var partition = Keys.Next();
        var actions = new TableTransactionAction[Size];
        for (var i = 0; i < Size; i++)
        {
            actions[i] = new TableTransactionAction(TableTransactionActionType.Add, BenchEntity.Create(partition, RowKeys[i]));
        }

        await _table.SubmitTransactionAsync(actions);
    }

    public async Task RawAsync()
    {
        using var body = _body.Render(Keys.Next());
        using var request = _raw.TableRequest(HttpMethod.Post, _uri, _path);
        request.Content = body.ToContent($"multipart/mixed; boundary={BatchBoundary}");
        using var answer = await RawStorage.SendAsync(request, HttpStatusCode.Accepted);

        // A refused transaction still answers 202: its verdict is in the sub-responses.
        if (answer.Span.IndexOf("HTTP/1.1 204"u8) < 0 || answer.Span.IndexOf("HTTP/1.1 4"u8) >= 0 || answer.Span.IndexOf("HTTP/1.1 5"u8) >= 0)
        {
            throw new InvalidOperationException($"The raw transaction failed: {Encoding.UTF8.GetString(answer.Span)}");
        }
    }

    /// <summary>The client's body for the same transaction, to check the raw template against.</summary>
    public static byte[] ClientBody(Uri endpoint, string tableName, string partition)
    {
        using var body = new PooledBufferWriter();
        TableTransactionBatch.Write(
            body, BatchBoundary, ChangesetBoundary, endpoint, tableName,
            [.. RowKeys.Select(k => new TableTransactionAction(TableTransactionActionType.Add, BenchEntity.Create(partition, k)))],
            _ => throw new InvalidOperationException("Inserts need no key path."));
        return body.WrittenMemory.ToArray();
    }

    /// <summary>The raw template, written out by hand after the OData $batch format.</summary>
    public static string BatchText(Uri endpoint, string tableName, string partition)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"--{BatchBoundary}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/mixed; boundary={ChangesetBoundary}\r\n\r\n");
        foreach (var rowKey in RowKeys)
        {
            text.Append(CultureInfo.InvariantCulture, $"--{ChangesetBoundary}\r\n");
            text.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            text.Append(CultureInfo.InvariantCulture, $"POST {endpoint.AbsoluteUri.TrimEnd('/')}/{tableName} HTTP/1.1\r\n");
            text.Append("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\nPrefer: return-no-content\r\n");
            text.Append("Content-Type: application/json\r\n\r\n");
            text.Append(BenchEntity.Json(partition, rowKey)).Append("\r\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"--{ChangesetBoundary}--\r\n--{BatchBoundary}--\r\n");
        return text.ToString();
    }
}
