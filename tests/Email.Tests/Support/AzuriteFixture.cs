using Azure.Data.Tables;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Email.Tests.Support;

/// <summary>One private Azurite for the whole test assembly; each test works in tables of its own.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? _azurite;
    private int _counter;

    public TableServiceClient Tables { get; private set; } = null!;

    /// <summary>The emulator's connection, for clients with options of their own.</summary>
    public HdndWorkflow.Storage.StorageConnection Connection => _azurite!.Connection;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        Tables = _azurite.Connection.CreateTableServiceClient();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A table name no other test uses.</summary>
    public string NewTableName(string prefix) => $"{prefix}{Interlocked.Increment(ref _counter)}x{Guid.NewGuid():N}"[..30];
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
