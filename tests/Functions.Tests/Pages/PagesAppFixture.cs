using System.Net;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Tests.Conferences;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// The app on Kestrel (a real port, so that a real browser can use it too) over a private Azurite, with a clock the
/// tests move forward; links in e-mails point at that port. Each test opens sessions of its own (own cookies).
/// </summary>
public sealed class PagesAppFixture : IAsyncLifetime
{
    /// <summary>The development council's organizer (functions/appsettings.Development.json).</summary>
    public const string OrganizerEmail = "to-chuc@hdnd.localhost";

    private Azurite? _azurite;

    public TestClock Clock { get; } = new();

    public AppFactory Factory { get; private set; } = null!;

    /// <summary>Where the app listens: http://127.0.0.1:port.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the JSON API acting as the development organizer (the X-Api-Key of the dev-organizer key).</summary>
    public HttpClient Organizer { get; private set; } = null!;

    public Mailbox Mail { get; private set; } = null!;

    /// <summary>Signs SendGrid events for the app's event webhook, whose public key it is given.</summary>
    public HdndWorkflow.Testing.SignedEvents Events { get; } = new();

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        var port = AppProcess.FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Factory = new AppFactory(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = _azurite.ConnectionString,
                ["Workflow:MaxTimerWait"] = ClockedAppFixture.TimerWait,
                ["App:PublicBaseUrl"] = BaseAddress.ToString(),
                ["SendGrid:EventWebhook:PublicKey"] = Events.PublicKey,
            },
            services => services.AddSingleton<TimeProvider>(Clock));
        Factory.UseKestrel(port);
        Factory.StartServer();

        var key = Factory.Services.GetRequiredService<IOptions<DirectoryOptions>>().Value.ApiKeys.Single(k => k.Name == "dev-organizer").Key;
        Organizer = Client(followRedirects: true);
        Organizer.DefaultRequestHeaders.Add("X-Api-Key", key);
        Mail = new Mailbox(Client(followRedirects: true));
    }

    /// <summary>A new browser-like session: its own cookie jar, redirects not followed (tests look at them).</summary>
    public PageSession NewSession() => new(Client(followRedirects: false), Factory.Services);

    public async Task DisposeAsync()
    {
        Organizer?.Dispose();
        Events.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    // A real HTTP client to the Kestrel port, with a cookie jar of its own (the factory's clients follow redirects).
    private HttpClient Client(bool followRedirects) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
        };

}

[CollectionDefinition(Name)]
public sealed class PagesAppCollection : ICollectionFixture<PagesAppFixture>
{
    public const string Name = "Pages on Kestrel";
}
