using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Pages;
using HdndWorkflow.TaskHub.Hosting;
using HdndWorkflow.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Management;

/// <summary>
/// The app on Kestrel over a private Azurite, with a second council (its own organizer) beside the development one,
/// the test orchestrations of <see cref="ConsoleOrchestrations"/>, and an API client for each role: the management
/// API's and the console's tests share it (each test works on instances of its own).
/// </summary>
public sealed class ConsoleAppFixture : IAsyncLifetime
{
    public const string Council = "tinh-mau";
    public const string OtherCouncil = HdndWorkflow.Testing.OtherCouncil.Id;
    public const string AdministratorEmail = "quan-tri@hdnd.localhost";
    public const string OrganizerEmail = "to-chuc@hdnd.localhost";
    public const string ApproverEmail = "phe-duyet@hdnd.localhost";
    public const string OtherOrganizerEmail = "to-chuc-xa@hdnd.localhost";
    private const string OtherOrganizerKey = "test-other-organizer-key-0123456789abcdef";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private Azurite? _azurite;

    public AppFactory Factory { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Administrator { get; private set; } = null!;

    /// <summary>The organizer of <see cref="Council"/>.</summary>
    public HttpClient Organizer { get; private set; } = null!;

    /// <summary>The organizer of <see cref="OtherCouncil"/>.</summary>
    public HttpClient OtherOrganizer { get; private set; } = null!;

    public HttpClient Approver { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public DurableTaskClient Engine => Factory.Services.GetRequiredService<DurableTaskClient>();

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        var port = AppProcess.FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Factory = new AppFactory(
            new Dictionary<string, string?>(HdndWorkflow.Testing.OtherCouncil.Settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            {
                ["AzureWebJobsStorage"] = _azurite.ConnectionString,
                ["App:PublicBaseUrl"] = BaseAddress.ToString(),
                ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:maxQueuePollingInterval"] = "00:00:01",
                ["Directory:Users:3:Email"] = OtherOrganizerEmail,
                ["Directory:Users:3:Name"] = "Phạm Thị Xã Biển",
                ["Directory:Users:3:Role"] = "Organizer",
                ["Directory:Users:3:Council"] = OtherCouncil,
                ["Directory:ApiKeys:3:Name"] = "test-other-organizer",
                ["Directory:ApiKeys:3:User"] = OtherOrganizerEmail,
                ["Directory:ApiKeys:3:Key"] = OtherOrganizerKey,
            },
            services => services.ConfigureDurableTask(ConsoleOrchestrations.Register));
        Factory.UseKestrel(port);
        Factory.StartServer();

        var keys = Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Identity.DirectoryOptions>>().Value.ApiKeys;
        Administrator = Client(keys.Single(k => k.Name == "dev-administrator").Key);
        Organizer = Client(keys.Single(k => k.Name == "dev-organizer").Key);
        Approver = Client(keys.Single(k => k.Name == "dev-approver").Key);
        OtherOrganizer = Client(OtherOrganizerKey);
        Anonymous = Client(null);
    }

    /// <summary>A browser-like session of its own (cookies, redirects not followed) for the console's forms.</summary>
    public PageSession NewSession() =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress }, Factory.Services);

    /// <summary>A conference planned (not started) by <paramref name="organizer"/> in <paramref name="council"/>: its id.</summary>
    public async Task<Guid> ConferenceAsync(HttpClient organizer, string council)
    {
        ArgumentNullException.ThrowIfNull(organizer);
        var today = LocalDate.FromDateTime(DateTime.UtcNow);
        var input = PlannedConferences.Input(today, PlannedConferences.Invitees("quy-trinh", 1)) with { CouncilId = council };
        using var response = await organizer.PostAsJsonAsync("/api/conferences", input);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!.Id;
    }

    /// <summary>Starts a test orchestration under <paramref name="instanceId"/> and waits until it has started.</summary>
    public async Task<string> StartAsync(string orchestrator, string instanceId, string input = "đầu vào thử")
    {
        await Engine.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId));
        await UntilAsync(instanceId, i => i.RuntimeStatus != OrchestrationRuntimeStatus.Pending && i.SerializedCustomStatus is not null || i.IsCompleted, "started");
        return instanceId;
    }

    /// <summary>Polls the instance until <paramref name="condition"/> holds.</summary>
    public async Task<OrchestrationMetadata> UntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await Engine.GetInstanceAsync(instanceId, getInputsAndOutputs: true) is { } instance && condition(instance))
            {
                return instance;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {instanceId} was not {what} within {Patience.TotalSeconds:0} s.");
            }

            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var client in new[] { Administrator, Organizer, OtherOrganizer, Approver, Anonymous })
        {
            client?.Dispose();
        }

        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private HttpClient Client(string? key)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

}

[CollectionDefinition(Name)]
public sealed class ConsoleAppCollection : ICollectionFixture<ConsoleAppFixture>
{
    public const string Name = "Console and management API";
}
