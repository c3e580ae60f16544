using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Tests.Conferences;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HdndWorkflow.Functions.Tests.Telemetry;

/// <summary>
/// The app on a private Azurite with the in-memory exporters added to its own OpenTelemetry pipeline (the scrubber and
/// the other processors run before them, as before any real exporter), and one conference taken through the API once:
/// created, started, an invitee's personal link opened and answered, a sign-in link opened, then cancelled, which ends
/// its workflow (and so its orchestration's span).
/// </summary>
public sealed class TelemetryAppFixture : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private Azurite? _azurite;
    private Lazy<Task<TelemetryJourney>>? _journey;

    public LockedList<Activity> Spans { get; } = new();

    public LockedList<MetricSnapshot> Metrics { get; } = new();

    public AppFactory Factory { get; private set; } = null!;

    public HttpClient Organizer { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public Azurite Azurite => _azurite ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The conference's journey, run once for the tests that read its telemetry.</summary>
    public Task<TelemetryJourney> Journey => _journey!.Value;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        Factory = new AppFactory(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = _azurite.ConnectionString,
                ["Telemetry:QueueDepthInterval"] = "00:00:01",
                ["Telemetry:Traces"] = "true",
            },
            services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans))
                .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics)));
        var keys = Factory.Services.GetRequiredService<IOptions<DirectoryOptions>>().Value.ApiKeys;
        Organizer = Factory.CreateClient();
        Organizer.DefaultRequestHeaders.Add("X-Api-Key", keys.Single(k => k.Name == "dev-organizer").Key);
        Anonymous = Factory.CreateClient();
        _journey = new Lazy<Task<TelemetryJourney>>(RunJourneyAsync);
    }

    /// <summary>Exports what the metric instruments hold now, and returns the newest snapshot of each metric.</summary>
    public IReadOnlyDictionary<string, MetricSnapshot> CollectMetrics()
    {
        Factory.Services.GetRequiredService<MeterProvider>().ForceFlush().Should().BeTrue();
        return Metrics.Snapshot().GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last());
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

    private async Task<TelemetryJourney> RunJourneyAsync()
    {
        var mail = new Mailbox(Anonymous);
        var people = Enumerable.Range(1, 2)
            .Select(i => new InviteeInput($"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã số {i}", $"otel-{i}-{Guid.NewGuid():N}@example.vn"))
            .ToList();
        var created = await Organizer.PostAsJsonAsync("/api/conferences", Conference(people));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!.Id;

        (await Organizer.PostAsync($"/api/conferences/{id}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var token = Mailbox.TokenIn(await mail.WaitForAsync(people[0].Email!, "invitation"));
        await mail.WaitForAsync(people[1].Email!, "invitation");

        (await Anonymous.GetAsync($"/xac-nhan/{token}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Anonymous.PostAsJsonAsync($"/api/invitations/{token}/answer", new AnswerInput(AnswerInput.Accept))).StatusCode.Should().Be(HttpStatusCode.OK);
        var signInToken = new string('x', 60);
        (await Anonymous.GetAsync($"/dang-nhap/{signInToken}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await Organizer.PostAsync($"/api/conferences/{id}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Eventually.GetAsync(
            () => Task.FromResult(Spans.Snapshot().FirstOrDefault(s => s.DisplayName == $"orchestration:{nameof(ConferenceOrchestrator)}"
                && (s.GetTagItem("durabletask.task.instance_id") as string) == id.ToString())),
            TimeSpan.FromSeconds(60),
            "The orchestration's span, exported when the cancelled workflow ends");
        return new TelemetryJourney(id, [.. people.Select(p => p.Email!)], [token, signInToken]);
    }

    private static ConferenceInput Conference(IReadOnlyList<InviteeInput> people)
    {
        var day = DateTime.UtcNow.AddHours(7).Date.AddDays(10);
        return new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "Briefing",
            Ordinal = 7,
            Date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Start = "08:00",
            End = "11:30",
            Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
            CoChairs = [new CoChairInput("Nguyễn Văn Chủ Trì", [], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
            Invitees = people,
            RegistrationDeadline = $"{day.AddDays(-3):yyyy-MM-dd}T17:00",
        };
    }
}

/// <summary>What the journey used: the conference, the invitees' addresses and the personal links' tokens requested.</summary>
public sealed record TelemetryJourney(Guid Conference, IReadOnlyList<string> Emails, IReadOnlyList<string> Tokens);

[CollectionDefinition(Name)]
public sealed class TelemetryAppCollection : ICollectionFixture<TelemetryAppFixture>
{
    public const string Name = "App with in-memory telemetry";
}
