using HdndWorkflow.Testing;

namespace HdndWorkflow.DurableTask.Tests;

/// <summary>One Azurite for the assembly; each test builds task hubs of its own on it.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public Azurite Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await Azurite.StartAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
