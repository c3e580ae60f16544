using System.Text.Json;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Tests.Conferences;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// The app on a private Azurite with a clock the tests move forward: the workflows see a deadline (reminders, deadlines,
/// review escalations) passed within <see cref="TimerWait"/> of the clock passing it, because no durable timer waits
/// longer than that before its orchestration reads the clock again (see functions/Workflow/WorkflowTime.cs). Clients act
/// as the development council's organizer, approver and administrator (API keys from appsettings.Development.json).
/// Each collection that moves the clock has a fixture type of its own, so that no other collection sees its time.
/// With <see cref="StorageFaults.RateVariable"/> set, every storage client of the app (the workflow engine's included)
/// fails that share of its requests (see <see cref="StorageFaults"/>), and the figures are appended to the file
/// <see cref="StorageFaults.ReportVariable"/> names when the fixture ends.
/// </summary>
public abstract class ClockedAppFixture : IAsyncLifetime
{
    private readonly string? _timerWait;
    private Azurite? _azurite;

    /// <summary>
    /// The longest durable timer in the tests. Each wait that ends adds a turn to its orchestration's history, which
    /// every later turn reads and replays: one second made the histories of the workflows left waiting in a fixture grow
    /// fast enough to slow the whole suite, so a few seconds it is.
    /// </summary>
    public const string TimerWait = "00:00:03";

    protected ClockedAppFixture()
        : this(StorageFaults.FromEnvironment())
    {
    }

    /// <param name="faults">The app's storage faults, null for none.</param>
    /// <param name="timerWait">
    /// The longest durable timer; null for the app's default (days), for a fixture whose tests never move the clock and
    /// must see that the workflow acts on an event, not on a timer that cut its wait short.
    /// </param>
    protected ClockedAppFixture(StorageFaults? faults, string? timerWait = TimerWait) => (Faults, _timerWait) = (faults, timerWait);

    public TestClock Clock { get; } = new();

    /// <summary>The app's storage faults: those of the environment, unless the fixture brings its own; null when none.</summary>
    public StorageFaults? Faults { get; }

    public AppFactory Factory { get; private set; } = null!;

    public HttpClient Organizer { get; private set; } = null!;

    public HttpClient Approver { get; private set; } = null!;

    public HttpClient Administrator { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public Mailbox Mail { get; private set; } = null!;

    /// <summary>Signs SendGrid events for the app's event webhook, whose public key it is given.</summary>
    public SignedEvents Events { get; } = new();

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["SendGrid:EventWebhook:PublicKey"] = Events.PublicKey,
        };
        if (_timerWait is not null)
        {
            settings["Workflow:MaxTimerWait"] = _timerWait;
        }

        Configure(settings);

        Factory = new AppFactory(
            settings,
            services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                if (Faults is not null)
                {
                    services.AddSingleton(Faults.AsPipelinePolicy());
                }
            });
        var keys = Factory.Services.GetRequiredService<IOptions<DirectoryOptions>>().Value.ApiKeys;
        Organizer = Client(keys.Single(k => k.Name == "dev-organizer").Key);
        Approver = Client(keys.Single(k => k.Name == "dev-approver").Key);
        Administrator = Client(keys.Single(k => k.Name == "dev-administrator").Key);
        Anonymous = Factory.CreateClient();
        Mail = new Mailbox(Anonymous);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in new[] { Organizer, Approver, Administrator, Anonymous })
        {
            client?.Dispose();
        }

        Events.Dispose();

        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (Faults is not null && Environment.GetEnvironmentVariable(StorageFaults.ReportVariable) is { Length: > 0 } report)
        {
            await File.AppendAllLinesAsync(report, [JsonSerializer.Serialize(Faults.Report(GetType().Name))]);
        }
    }

    /// <summary>Settings of the fixture's own over the development ones (for instance replies by e-mail turned off).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    private HttpClient Client(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
