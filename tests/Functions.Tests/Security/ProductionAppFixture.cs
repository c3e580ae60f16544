using HdndWorkflow.Functions.Tests.Pages;
using HdndWorkflow.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>
/// The app in memory as it runs in Azure: environment Production, a SendGrid key (nothing here sends e-mail), the
/// development directory (accounts and keys) and a private Azurite. Its clients speak HTTPS to the public host name.
/// </summary>
public sealed class ProductionAppFixture : IAsyncLifetime
{
    public static readonly Uri PublicAddress = new("https://hdnd.example.vn");

    private Azurite? _azurite;

    public AppFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        Factory = new AppFactory(Settings(_azurite.ConnectionString, sendGridKey: "SG.production-test.not-a-real-key"));
        Factory.StartServer();
    }

    /// <summary>A browser-like session over HTTPS: its own cookies, redirects not followed.</summary>
    public PageSession NewSession() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = PublicAddress, AllowAutoRedirect = false, HandleCookies = true }), Factory.Services);

    /// <summary>
    /// Production settings: the accounts of functions/appsettings.Development.json (which Production does not read),
    /// the public address, and a SendGrid key and verified sender unless <paramref name="sendGridKey"/> is null.
    /// </summary>
    public static Dictionary<string, string?> Settings(string storage, string? sendGridKey)
    {
        var development = new ConfigurationBuilder().AddJsonFile(Repository.PathOf("functions", "appsettings.Development.json")).Build();
        var settings = development.AsEnumerable().Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value);
        settings["environment"] = "Production";
        settings["AzureWebJobsStorage"] = storage;
        settings["App:PublicBaseUrl"] = PublicAddress.ToString();
        if (sendGridKey is not null)
        {
            settings["SendGrid:ApiKey"] = sendGridKey;
            settings["Email:FromAddress"] = "van-phong@hdnd.example.vn";
        }

        return settings;
    }

    public async Task DisposeAsync()
    {
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
public sealed class ProductionAppCollection : ICollectionFixture<ProductionAppFixture>
{
    public const string Name = "App in Production";
}
