using HdndWorkflow.Testing;

namespace HdndWorkflow.Functions.Tests;

/// <summary>One private Azurite and the app in memory wired to it, shared by the tests of the collection.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private Azurite? _azurite;

    public Azurite Azurite => _azurite ?? throw new InvalidOperationException("The fixture is not initialised.");

    public AppFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        Factory = new AppFactory(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = _azurite.ConnectionString });
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "App on Azurite";
}
