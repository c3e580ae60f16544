using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Storage.Tests;

/// <summary>One Azurite for the whole test assembly; each test works in tables and queues of its own.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? _azurite;
    private int _counter;

    public StorageAccount Account => _azurite!.Account;

    public StorageConnection Connection => _azurite!.Connection;

    public TableServiceClient Tables { get; private set; } = null!;

    public QueueServiceClient Queues { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        Tables = new TableServiceClient(_azurite.Account);
        Queues = new QueueServiceClient(_azurite.Account);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A new, empty table with a unique name.</summary>
    public async Task<TableClient> NewTableAsync()
    {
        var table = Tables.GetTableClient($"t{Interlocked.Increment(ref _counter)}x{Guid.NewGuid():N}"[..30]);
        await table.CreateIfNotExistsAsync();
        return table;
    }

    /// <summary>A new, empty queue with a unique name.</summary>
    public async Task<QueueClient> NewQueueAsync()
    {
        var queue = Queues.GetQueueClient($"q{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}"[..30]);
        await queue.CreateIfNotExistsAsync();
        return queue;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
