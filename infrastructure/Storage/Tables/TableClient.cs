using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage.Tables;

/// <summary>
/// Reads and writes the entities of one table through the Table service's REST API. Thread-safe; every failure the
/// service reports surfaces as <see cref="RequestFailedException"/> with its status and storage error code.
/// </summary>
public sealed partial class TableClient
{
    private const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    internal TableClient(TableServiceClient service, string tableName)
    {
        TableLimits.ValidateTableName(tableName);
        _pipeline = service.Pipeline;
        _endpoint = service.Endpoint;
        Name = tableName;
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Creates the table unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var body = new PooledBufferWriter(64);
        TableEntityJson.WriteTableName(body, Name);
        using var message = CreateMessage(RequestMethod.Post, "Tables", body);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status == 409)
        {
            return false;
        }

        EnsureSuccess(message.Response, "Creating table");
        return true;
    }

    /// <summary>Deletes the table and everything in it; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, $"Tables('{Name}')");
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status == 404)
        {
            return false;
        }

        EnsureSuccess(message.Response, "Deleting table");
        return true;
    }

    /// <summary>Inserts a new entity; 409 <c>EntityAlreadyExists</c> when its keys are taken. Returns the new ETag.</summary>
    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        using var body = Serialize(entity);
        using var message = CreateMessage(RequestMethod.Post, Name, body);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        return await SendForETagAsync(message, "Inserting entity", cancellationToken);
    }

    /// <summary>
    /// Updates an existing entity if its ETag still matches <paramref name="ifMatch"/> (<see cref="ETag.All"/> for any);
    /// 412 <c>UpdateConditionNotSatisfied</c> when another writer changed it first. Returns the new ETag.
    /// </summary>
    public async Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the entity's ETag, or ETag.All to update whatever version is stored.", nameof(ifMatch));
        }

        using var body = Serialize(entity);
        using var message = CreateMessage(MethodFor(mode), KeyPath(entity.PartitionKey, entity.RowKey), body);
        message.Request.Headers.SetValue("If-Match", ifMatch.ToString("H"));
        return await SendForETagAsync(message, "Updating entity", cancellationToken);
    }

    /// <summary>Inserts the entity, or replaces or merges it into the stored one. Returns the new ETag.</summary>
    public async Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        using var body = Serialize(entity);
        using var message = CreateMessage(MethodFor(mode), KeyPath(entity.PartitionKey, entity.RowKey), body);
        return await SendForETagAsync(message, "Upserting entity", cancellationToken);
    }

    /// <summary>
    /// Deletes the entity if its ETag matches <paramref name="ifMatch"/> (default: any version). False when it does not
    /// exist; 412 when it exists in another version.
    /// </summary>
    public async Task<bool> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, KeyPath(partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", (ifMatch == default ? ETag.All : ifMatch).ToString("H"));
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status == 404)
        {
            return false;
        }

        EnsureSuccess(message.Response, "Deleting entity");
        return true;
    }

    /// <summary>Reads one entity by its keys; null when it does not exist.</summary>
    public async Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, KeyPath(partitionKey, rowKey));
        AppendSelect(message.Request.Uri, select);
        await _pipeline.SendAsync(message, cancellationToken);
        if (message.Response.Status == 404)
        {
            return null;
        }

        EnsureSuccess(message.Response, "Reading entity");
        var reader = new Utf8JsonReader(message.Response.Content.ToMemory().Span);
        reader.Read();
        return TableEntityJson.Read(ref reader);
    }

    /// <summary>
    /// Reads one page of a query: at most <paramref name="top"/> entities (the service returns at most 1,000) and the
    /// token that continues it, null on the last page.
    /// </summary>
    public async Task<TablePage> QueryPageAsync(string? filter = null, IEnumerable<string>? select = null, int? top = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        if (top is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "A page holds 1 to 1,000 entities.");
        }

        using var message = CreateMessage(RequestMethod.Get, Name + "()");
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter, escapeValue: true);
        }

        AppendSelect(uri, select);
        if (top is { } t)
        {
            uri.AppendQuery("$top", t.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        }

        if (TablePage.TryParseToken(continuationToken, out var nextPartitionKey, out var nextRowKey))
        {
            uri.AppendQuery("NextPartitionKey", nextPartitionKey, escapeValue: true);
            if (nextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", nextRowKey, escapeValue: true);
            }
        }

        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        EnsureSuccess(response, "Querying entities");
        return new TablePage(ReadEntities(response.Content), TablePage.TokenFrom(response));
    }

    /// <summary>Streams every entity the query matches, following continuation tokens page by page.</summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(string? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var selected = select?.ToArray();
        string? token = null;
        do
        {
            var page = await QueryPageAsync(filter, selected, maxPerPage, token, cancellationToken);
            foreach (var entity in page.Entities)
            {
                yield return entity;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    private static List<TableEntity> ReadEntities(BinaryData content)
    {
        var entities = new List<TableEntity>();
        var reader = new Utf8JsonReader(content.ToMemory().Span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    entities.Add(TableEntityJson.Read(ref reader));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return entities;
    }

    private static PooledBufferWriter Serialize(TableEntity entity)
    {
        var size = TableLimits.ValidateEntity(entity);
        var body = new PooledBufferWriter(Math.Min(size + 256, 64 * 1024));
        using var writer = new Utf8JsonWriter(body);
        TableEntityJson.Write(writer, entity);
        return body;
    }

    private async Task<ETag> SendForETagAsync(HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken);
        EnsureSuccess(message.Response, operation);
        return message.Response.Headers.ETag ?? default;
    }

    private HttpMessage CreateMessage(RequestMethod method, string path, PooledBufferWriter? body = null)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath("/", escape: false);
        request.Uri.AppendPath(path, escape: false);
        request.Headers.SetValue("Accept", JsonMinimalMetadata);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        if (body is not null)
        {
            request.Headers.SetValue("Content-Type", "application/json");
            request.Content = RequestContent.Create(body.WrittenMemory);
        }

        return message;
    }

    private string KeyPath(string partitionKey, string rowKey)
    {
        TableLimits.ValidateKey(partitionKey, nameof(partitionKey));
        TableLimits.ValidateKey(rowKey, nameof(rowKey));
        return $"{Name}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";
    }

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static RequestMethod MethodFor(TableUpdateMode mode) =>
        mode == TableUpdateMode.Replace ? RequestMethod.Put : new RequestMethod("MERGE");

    private static void AppendSelect(RequestUriBuilder uri, IEnumerable<string>? select)
    {
        if (select is not null)
        {
            // The keys always come back: a TableEntity is addressed by them.
            uri.AppendQuery("$select", string.Join(',', select.Prepend("RowKey").Prepend("PartitionKey").Distinct(StringComparer.Ordinal)), escapeValue: true);
        }
    }

    private void EnsureSuccess(Response response, string operation)
    {
        if (response.IsError)
        {
            throw StorageErrors.ToException(response, $"{operation} in table '{Name}'");
        }
    }
}
