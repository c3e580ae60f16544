using System.Net;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>Inserts one new entity (fresh row key) per operation: POST /table with Prefer: return-no-content.</summary>
internal sealed class InsertScenario : IScenario
{
    private const string Partition = "insert";

    private readonly TableClient _table;
    private readonly RawStorage _raw;
    private readonly Uri _uri;
    private readonly string _path;
    private readonly BodyTemplate _body;

    public InsertScenario(TableServiceClient tables, RawStorage raw)
    {
        _table = tables.GetTableClient("benchinsert");
        _raw = raw;
        _uri = new Uri($"{raw.TableEndpoint}/{_table.Name}");
        _path = _uri.AbsolutePath;
        var placeholder = new string('~', Keys.Length);
        _body = new BodyTemplate(BenchEntity.Json(Partition, placeholder), placeholder);
    }

    public string Name => "insert";

    public int AllocationOperations => 500;

    public async Task PrepareAsync() => await _table.CreateIfNotExistsAsync();

    public async Task CleanUpAsync() => await _table.DeleteAsync();

    public async Task ClientAsync() => await _table.AddEntityAsync(BenchEntity.Create(Partition, Keys.Next()));

    public async Task RawAsync()
    {
        using var body = _body.Render(Keys.Next());
        using var request = _raw.TableRequest(HttpMethod.Post, _uri, _path);
        request.Headers.TryAddWithoutValidation("Prefer", "return-no-content");
        request.Content = body.ToContent("application/json");
        using var answer = await RawStorage.SendAsync(request, HttpStatusCode.NoContent);
    }
}
