using System.Net;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>Reads one existing entity by its keys per operation, cycling through a prepared set: GET /table(PartitionKey,RowKey).</summary>
internal sealed class PointReadScenario : IScenario
{
    private const string Partition = "read";
    private const int EntityCount = 1000;

    private readonly TableClient _table;
    private readonly RawStorage _raw;
    private readonly string[] _rowKeys;
    private readonly Uri[] _uris;
    private readonly string[] _paths;
    private long _next;

    public PointReadScenario(TableServiceClient tables, RawStorage raw)
    {
        _table = tables.GetTableClient("benchread");
        _raw = raw;
        _rowKeys = [.. Enumerable.Range(0, EntityCount).Select(i => $"k{i:D12}")];
        _uris = [.. _rowKeys.Select(k => new Uri($"{raw.TableEndpoint}/{_table.Name}(PartitionKey='{Partition}',RowKey='{k}')"))];
        _paths = [.. _uris.Select(u => u.AbsolutePath)];
    }

    public string Name => "point_read";

    public int AllocationOperations => 500;

    public async Task PrepareAsync()
    {
        await _table.CreateIfNotExistsAsync();
        foreach (var chunk in _rowKeys.Chunk(100))
        {
            await _table.SubmitTransactionAsync(
                [.. chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Add, BenchEntity.Create(Partition, k)))]);
        }
    }

    public async Task CleanUpAsync() => await _table.DeleteAsync();

    public async Task ClientAsync()
    {
        var entity = await _table.GetEntityAsync(Partition, _rowKeys[NextIndex()]);
        if (entity is null)
        {
            throw new InvalidOperationException("A prepared entity was not found.");
        }
    }

    public async Task RawAsync()
    {
        var i = NextIndex();
        using var request = _raw.TableRequest(HttpMethod.Get, _uris[i], _paths[i]);
        using var answer = await RawStorage.SendAsync(request, HttpStatusCode.OK);
    }

    private int NextIndex() => (int)(Interlocked.Increment(ref _next) % EntityCount);
}
