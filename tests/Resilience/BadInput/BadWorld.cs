using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// What the malformed inputs are aimed at, made through the API and pages as a user would: a draft conference; a
/// conference whose invitations went out (personal links, reply addresses); a conference held, its conclusion drafted
/// by the workflow; a conference of another council whose workflow the administrator steers in the console; the
/// organizer and the administrator signed in on the pages (cookie sessions). Clients for each caller.
/// </summary>
internal sealed partial class BadWorld : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private BadWorld(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        Organizer = Client(AppProcess.DevelopmentKey("dev-organizer"));
        Approver = Client(AppProcess.DevelopmentKey("dev-approver"));
        Administrator = Client(AppProcess.DevelopmentKey("dev-administrator"));
        Anonymous = Client(null);
        Browser = Session();
        AdministratorBrowser = Session();
    }

    public Uri BaseAddress { get; }

    public HttpClient Organizer { get; }

    public HttpClient Approver { get; }

    public HttpClient Administrator { get; }

    public HttpClient Anonymous { get; }

    /// <summary>The organizer's browser, signed in on the pages.</summary>
    public HttpClient Browser { get; }

    /// <summary>The administrator's browser, signed in on the pages.</summary>
    public HttpClient AdministratorBrowser { get; }

    public Guid Draft { get; private set; }

    public Guid Inviting { get; private set; }

    /// <summary>The invited conference's invitees, with their personal links' tokens, reply addresses and own addresses.</summary>
    public IReadOnlyList<(Guid Id, string Token, string ReplyTo, string Email)> Invitees { get; private set; } = [];

    public Guid Held { get; private set; }

    /// <summary>A conference of <see cref="OtherCouncil"/>, started: its workflow is the one the console's cases steer.</summary>
    public Guid Steered { get; private set; }

    /// <summary>The personal links' tokens and reply addresses: nothing the part prints may show them.</summary>
    public IEnumerable<string> Secrets => Invitees.SelectMany(i => new[] { i.Token, i.ReplyTo });

    public static async Task<BadWorld> PrepareAsync(Uri baseAddress, TableServiceClient tables, CancellationToken cancellationToken)
    {
        var world = new BadWorld(baseAddress);
        var now = VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant());

        // The held conference first: it starts three minutes from now, and the rest is made meanwhile.
        var heldStart = Minute(now.PlusMinutes(3));
        world.Held = await CreateAsync(world.Organizer, Conference("giu", heldStart, heldStart.PlusMinutes(-1), invitees: 2), cancellationToken);
        await world.ExpectAsync(HttpMethod.Post, $"api/conferences/{world.Held}/start", null, HttpStatusCode.Accepted, cancellationToken);

        var later = Minute(now.PlusDays(10)).Date.At(new LocalTime(8, 0));
        world.Draft = await CreateAsync(world.Organizer, Conference("nhap", later, later.PlusDays(-3), invitees: 3), cancellationToken);
        world.Inviting = await CreateAsync(world.Organizer, Conference("moi", later, later.PlusDays(-3), invitees: 40), cancellationToken);
        await world.ExpectAsync(HttpMethod.Post, $"api/conferences/{world.Inviting}/start", null, HttpStatusCode.Accepted, cancellationToken);
        world.Steered = await CreateAsync(world.Administrator, Conference("lai", later, later.PlusDays(-3), invitees: 2) with { CouncilId = OtherCouncil.Id }, cancellationToken);
        await world.ExpectAsync(HttpMethod.Post, $"api/conferences/{world.Steered}/start", null, HttpStatusCode.Accepted, cancellationToken, world.Administrator);
        var mailbox = Mailbox(tables);
        world.Invitees = await Until(async () =>
        {
            var roll = await world.Organizer.GetFromJsonAsync<RollResponse>($"api/conferences/{world.Inviting}/roll", Json, cancellationToken);
            if (roll!.Entries.Any(e => !e.Invited))
            {
                return null;
            }

            var ids = roll.Entries.Select(e => e.InviteeId).ToHashSet();
            var found = new List<(Guid, string, string, string)>();
            await foreach (var message in mailbox.ReadAllAsync(cancellationToken))
            {
                if (Guid.TryParse(message.CustomArgs.GetValueOrDefault("invitation_id"), out var id) && ids.Contains(id)
                    && message.CustomArgs.GetValueOrDefault("purpose") == "invitation" && ConfirmationLink().Match(message.Text) is { Success: true } link)
                {
                    found.Add((id, link.Groups["token"].Value, message.ReplyTo?.Address ?? string.Empty, message.To.Address));
                }
            }

            return found.Count == ids.Count ? found : null;
        }, "the invitations sent", cancellationToken);

        await SignInAsync(world.Browser, "to-chuc@hdnd.localhost", mailbox, cancellationToken);
        await SignInAsync(world.AdministratorBrowser, "quan-tri@hdnd.localhost", mailbox, cancellationToken);

        // Held once started; then the outcome, and the workflow's first draft.
        while (VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant()) < heldStart.PlusSeconds(5))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        await world.ExpectAsync(HttpMethod.Post, $"api/conferences/{world.Held}/held", null, HttpStatusCode.OK, cancellationToken);
        var conclusion = $"api/conferences/{world.Held}/conclusion";
        await Until(async () => (await world.Organizer.GetAsync(conclusion, cancellationToken)).IsSuccessStatusCode ? "open" : null, "the conclusion opened", cancellationToken);
        await world.ExpectAsync(HttpMethod.Put, $"{conclusion}/outcome", Outcome(), HttpStatusCode.OK, cancellationToken);
        await Until(
            async () => (await world.Organizer.GetFromJsonAsync<ConclusionResponse>(conclusion, Json, cancellationToken))!.Revision >= 1 ? "drafted" : null,
            "the workflow's first draft", cancellationToken);
        return world;
    }

    public static OutcomeInput Outcome() => new()
    {
        Assessment = ["Hội nghị đã đánh giá kết quả giám sát chuyên đề và thảo luận các kiến nghị."],
        PresidingChair = new PresidingChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
        Conclusions = ["đánh giá cao sự chuẩn bị của các cơ quan"],
        Directives = ["Tăng cường hoạt động giám sát"],
        Authors = ["Ban Pháp chế"],
    };

    /// <summary>A valid conference starting at <paramref name="start"/> (an hour long), registration until <paramref name="deadline"/>.</summary>
    public static ConferenceInput Conference(string prefix, LocalDateTime start, LocalDateTime deadline, int invitees) => new()
    {
        CouncilId = "tinh-mau",
        Kind = "Briefing",
        Ordinal = 4,
        Date = Iso(start.Date),
        Start = Time(start.TimeOfDay),
        End = start.PlusHours(1).Date == start.Date ? Time(start.TimeOfDay.PlusHours(1)) : "23:59",
        Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
        CoChairs = [new CoChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
        Agenda = [new AgendaInput("Báo cáo kết quả giám sát chuyên đề", "Ban Pháp chế HĐND tỉnh", Time(start.TimeOfDay))],
        Invitees = [.. Enumerable.Range(1, invitees).Select(i => new InviteeInput(
            $"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã số {i}", string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}@sai.example.vn")))],
        RegistrationDeadline = $"{Iso(deadline.Date)}T{Time(deadline.TimeOfDay)}",
        ReminderHours = [24],
    };

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Organizer.Dispose();
        Approver.Dispose();
        Administrator.Dispose();
        Anonymous.Dispose();
        Browser.Dispose();
        AdministratorBrowser.Dispose();
    }

    private static async Task<Guid> CreateAsync(HttpClient client, ConferenceInput input, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("api/conferences", input, Json, cancellationToken);
        return response.StatusCode == HttpStatusCode.Created
            ? (await response.Content.ReadFromJsonAsync<ConferenceResponse>(Json, cancellationToken))!.Id
            : throw new InvalidOperationException($"Creating a conference: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    private async Task ExpectAsync(HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };
        using var response = await (client ?? Organizer).SendAsync(request, cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    // A user asks for a sign-in link at /dang-nhap, reads it in the mailbox, opens it and presses "Đăng nhập".
    private static async Task SignInAsync(HttpClient browser, string email, DevelopmentMailbox mailbox, CancellationToken cancellationToken)
    {
        var form = await PageForms.ReadAsync(browser, "dang-nhap", cancellationToken);
        using (var asked = await browser.PostAsync("dang-nhap", new FormUrlEncodedContent(form.Single().Fields.Select(f => KeyValuePair.Create(f.Name, f.Name == "Email" ? email : f.Value))), cancellationToken))
        {
            if ((int)asked.StatusCode >= 400)
            {
                throw new InvalidOperationException($"Asking for a sign-in link: {(int)asked.StatusCode}");
            }
        }

        var link = await Until(async () =>
        {
            await foreach (var message in mailbox.ReadAllAsync(cancellationToken))
            {
                if (message.To.Address == email && SignInLink().Match(message.Text) is { Success: true } match)
                {
                    return match.Value;
                }
            }

            return null;
        }, "the sign-in link", cancellationToken);
        var signIn = await PageForms.ReadAsync(browser, link.TrimStart('/'), cancellationToken);
        using var signedIn = await browser.PostAsync(link.TrimStart('/'), new FormUrlEncodedContent(signIn.Single().Fields.Select(f => KeyValuePair.Create(f.Name, f.Value))), cancellationToken);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in: {(int)signedIn.StatusCode}");
        }
    }

    private HttpClient Session() => new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(120),
    };

    private HttpClient Client(string? key)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(120),
        };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static DevelopmentMailbox Mailbox(TableServiceClient tables)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new HdndWorkflow.Email.EmailOptions());
        return new DevelopmentMailbox(tables, new EmailOutbox(tables, options, TimeProvider.System, NullLogger<EmailOutbox>.Instance), options, TimeProvider.System, NullLogger<DevelopmentMailbox>.Instance);
    }

    private static async Task<T> Until<T>(Func<Task<T?>> probe, string what, CancellationToken cancellationToken)
        where T : class
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 3 minutes for {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static LocalDateTime Minute(LocalDateTime time) => time.With(TimeAdjusters.TruncateToMinute).PlusMinutes(1);

    [GeneratedRegex(@"/xac-nhan/(?<token>[A-Za-z0-9_-]{40,})")]
    private static partial Regex ConfirmationLink();

    [GeneratedRegex(@"/dang-nhap/[A-Za-z0-9_-]{20,}")]
    private static partial Regex SignInLink();
}
