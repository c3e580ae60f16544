using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>
/// The app on a private Azurite with a clock the tests move forward: durable timers (reminders, the deadline, the end
/// of a conference) fire as soon as the clock passes them, because timer messages are re-checked every second.
/// </summary>
public sealed class WorkflowAppFixture : IAsyncLifetime
{
    /// <summary>The development organizer's API key (functions/appsettings.Development.json).</summary>
    public const string OrganizerKey = "dev-organizer-3n_F_5VF8GejlxunIenpY25kr2-HZaM5QgLylsVrQEA";

    private Azurite? _azurite;

    public TestClock Clock { get; } = new();

    public AppFactory Factory { get; private set; } = null!;

    /// <summary>A client that acts as the development council's organizer.</summary>
    public HttpClient Organizer { get; private set; } = null!;

    /// <summary>A client without credentials: invitees, mail scanners, strangers.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public Mailbox Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        Factory = new AppFactory(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = _azurite.ConnectionString,
                ["AzureFunctionsJobHost:extensions:durableTask:MaxTimerDelay"] = "00:00:01",
            },
            services => services.AddSingleton<TimeProvider>(Clock));
        Organizer = Factory.CreateClient();
        Organizer.DefaultRequestHeaders.Add("X-Api-Key", OrganizerKey);
        Anonymous = Factory.CreateClient();
        Mail = new Mailbox(Anonymous);
    }

    public async Task DisposeAsync()
    {
        Organizer?.Dispose();
        Anonymous?.Dispose();
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
public sealed class WorkflowAppCollection : ICollectionFixture<WorkflowAppFixture>
{
    public const string Name = "App with a test clock";
}
