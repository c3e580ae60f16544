using HdndWorkflow.Testing;

namespace HdndWorkflow.Storage.Tests;

/// <summary>One Azurite for the whole test assembly; each test works in tables, queues and containers of its own.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? _azurite;

    public StorageConnection Connection => _azurite!.Connection;

    public async Task InitializeAsync() => _azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
