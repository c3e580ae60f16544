using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Bad input: generated malformed requests at every public entry point of the app (its Release build, as a process on
/// a private Azurite): the JSON API with its CSV import, the pages' forms, personal links, the management API, SendGrid's
/// inbound e-mail and event webhook. No answer may be a 5xx; a refusal must be clear (Vietnamese problem details on
/// the APIs, a Vietnamese page on the pages) and leave every stored row, the task hub's included, as it was
/// (<see cref="Prober"/>, <see cref="StoredState"/>).
/// </summary>
internal sealed class BadInputPart : IPart
{
    public const string PartName = "bad-input";

    /// <summary>Mutations of a valid body per JSON endpoint, and of a valid form per page form.</summary>
    private const int Mutations = 520;

    public string Name => PartName;

    public async Task<PartReport> RunAsync(Suite suite, CancellationToken cancellationToken)
    {
        await using var azurite = await Azurite.StartAsync(cancellationToken);
        using var events = new SignedEvents();
        await using var app = await AppProcess.StartAsync(azurite.ConnectionString, cancellationToken, new Dictionary<string, string>(OtherCouncil.Settings)
        {
            // The engine looks at its queues every second at most, so that what a taken input starts is done soon.
            ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:maxQueuePollingInterval"] = "00:00:01",
            ["SendGrid:EventWebhook:PublicKey"] = events.PublicKey,
        });
        var tables = azurite.Connection.CreateTableServiceClient();
        Suite.Log("Preparing a draft, an invited conference and a held one with its conclusion drafted (about 4 minutes)…");
        using var world = await BadWorld.PrepareAsync(app.BaseAddress, tables, cancellationToken);
        using var signedOut = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromSeconds(120),
        };

        var random = new Random(suite.Seed);
        var confirmation = (await PageForms.ReadAsync(world.Browser, $"xac-nhan/{world.Invitees[1].Token}", cancellationToken)).Single();
        var pages = await PageCases.AllAsync(world, signedOut, Mutations / 2, random, cancellationToken);
        var console = await ConsoleCases.AllAsync(world, 24, random, cancellationToken);
        var cases = ApiCases.All(world, Mutations, random)
            .Concat(LinkCases.All(world, confirmation, 250, random))
            .Concat(pages)
            .Concat(console)
            .Concat(ManagementCases.All(world, Mutations / 4, random))
            .Concat(EmailCases.All(world, InboundSecret(), events, Mutations, random));

        var prober = new Prober(new StoredState(tables, azurite.Connection.CreateQueueServiceClient()));
        var started = DateTime.UtcNow;
        try
        {
            await prober.RunAsync(cases, cancellationToken);
        }
        catch (Exception)
        {
            Suite.Log($"The app's last output:{Environment.NewLine}{app.RecentOutput()}");
            throw;
        }

        var minutes = (DateTime.UtcNow - started).TotalMinutes;
        var running = await RuntimeStatusAsync(world, cancellationToken);
        var section = Section(suite, prober, minutes, running, world.Invitees.Count);
        var leaked = Redaction.Leaked(section, world.Secrets);
        if (leaked.Count > 0)
        {
            Suite.Log($"FAILED: {leaked.Count} personal tokens or reply addresses of the targets in the report.");
        }

        var passed = prober.FailureCount == 0 && prober.Tried >= 10_000 && running == "Running" && leaked.Count == 0;
        return new PartReport(
            Name,
            "Bad input",
            passed,
            $"1 run, {prober.Figures.Count} entry points",
            null,
            null,
            prober.Tried,
            null,
            null,
            section);
    }

    private static async Task<string> RuntimeStatusAsync(BadWorld world, CancellationToken cancellationToken)
    {
        using var response = await world.Organizer.GetAsync($"api/instances/{world.Inviting}", cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.TryGetProperty("runtimeStatus", out var status) ? status.GetString() ?? "?" : $"{(int)response.StatusCode}";
    }

    // The development route secret of SendGrid's Inbound Parse, from the app's appsettings.Development.json.
    private static string InboundSecret()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json")));
        return settings.RootElement.GetProperty("Inbound").GetProperty("RouteSecret").GetString()!;
    }

    private static string Section(Suite suite, Prober prober, double minutes, string running, int links)
    {
        var figures = prober.Figures;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            {prober.Tried:N0} malformed requests (seed {suite.Seed}; {minutes:F0} minutes) to the app's Release build, run
            as a process in Development on a private Azurite, at every public entry point: the JSON API (every body-taking
            endpoint of conferences and conclusions, the CSV import, the actions with mangled ids, methods and stray
            bodies, councils), the pages' forms as read from the pages with their antiforgery token (sign-in, creating and
            editing a conference, the conference page's forms and CSV upload, the confirmation page of a personal link
            spread over the {links} invitations' links, the conclusion's outcome and draft), the console's actions at
            `/quy-trinh` as its confirmation box posts them (raise an event, suspend, resume, terminate, rewind, restart,
            purge: by the administrator signed in on the pages, on another council's conference's workflow; by the
            organizer on that instance, where only a refusal may answer), personal links with mangled tokens (API and
            page), sign-in links, the management API at both its roots, SendGrid's inbound e-mail post (multipart:
            mangled as a whole, each mail with a Message-ID of its own, so that the inbox acts on it rather than taking it
            for a repeat of another (a mutation that takes the headers away leaves a mail known by a digest of its sender,
            subject, date and bodies, the same for all such mails: after the first they are repeats); the same mail posted
            again on purpose; and well-formed mails to a valid reply address of an invitation with mangled answers: text
            and HTML bodies with answer words with and without diacritics, mixed, huge, with control characters, quoted;
            calendar REPLY attachments with PARTSTAT, UID, ATTENDEE or SEQUENCE wrong, truncated, not UTF-8) and Event
            Webhook (malformed event lists signed with the key the app trusts; mangled signatures).
            Generators: `tests/Testing/MalformedBodies.cs` (JSON and CSV, shared with `tests/Functions.Tests/Input`) and
            `tests/Testing/MalformedForms.cs` (URL-encoded and multipart forms: fields left out, doubled, renamed, values
            with NUL and control characters, invalid UTF-8, huge values, wrong types; wrong content types, bodies cut
            short, too many fields, oversized). The targets: a draft conference, a conference whose invitations went out
            ({links} invitees), a held conference whose conclusion the workflow drafted, a conference of a second council;
            the organizer and the administrator signed in on the pages. Personal links' tokens and reply addresses are
            printed as `{"{token}"}` and `{"{reference}"}`; the part fails if one of the targets' appears in this section.
            Posts on the confirmation page refused by the per-link rate limit (429): {Status(figures, "Pages: confirmation (personal link)", 429):N0}.

            Checks, after every request: no answer 5xx (or none at all); a refusal is Vietnamese problem details on the
            APIs (`application/problem+json`, a Vietnamese title) or a Vietnamese page on the pages, with no stack trace
            and no framework text in English; and every row of every table (the app's and the task hub's Instances) is as
            before. A request taken after all (2xx, or a redirect other than to the sign-in page: the
            mutation left a valid request) may change what is stored, and is counted as taken; the next request is
            checked against what is stored then (once a workflow it informed has worked through it: no message waiting in
            the task hub's queues, rows unchanged for a second). A mail posted again (its Message-ID handled already: as
            it was, with a text that says the opposite, with the header folded; or a mail without one, twice) must be
            taken, answered as a duplicate, and change nothing stored. Tables left out of
            the comparison: {string.Join("; ", StoredState.Ignored.Select(i => $"`{i.Key}` ({i.Value})"))}. At the end the
            invited conference's workflow was {running}. {figures.Values.Sum(f => f.BeforeApp):N0} requests were refused by
            the web server itself before the app saw them (Kestrel's bare 400 for a request line it cannot read, such as a
            NUL in the path, and 414 for a URL over its 8 KB limit); no middleware runs for those, so they carry no
            wording of the app's. {figures.Values.Sum(f => f.Reannounced):N0} refusals of a conclusion's step already made
            told the workflow again, by design (a repeated request whose first answer was lost repairs a lost
            announcement; the workflow only reloads): for those only the instance's row in the task hub's Instances
            table changed, which the check allows for them and nothing else.

            | Entry point | Inputs | Answers (status × count) | Taken | Refused yet stored changed | Failed |
            | --- | --- | --- | --- | --- | --- |

            """);
        foreach (var (name, f) in figures)
        {
            var statuses = string.Join(", ", f.Statuses.Select(s => string.Create(CultureInfo.InvariantCulture, $"{(s.Key == 0 ? "none" : s.Key)} × {s.Value:N0}")));
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {f.Tried:N0} | {statuses} | {f.Accepted:N0} | {f.Changed:N0} | {f.Failed:N0} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **All** | **{prober.Tried:N0}** | 5xx: {figures.Values.Sum(f => f.Statuses.Where(s => s.Key >= 500).Sum(s => s.Value)):N0} | {figures.Values.Sum(f => f.Accepted):N0} | {figures.Values.Sum(f => f.Changed):N0} | {prober.FailureCount:N0} |\n");
        foreach (var (name, f) in figures.Where(f => f.Value.Outcomes.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{name}, what the app did with the mails it took: {string.Join(", ", f.Outcomes.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Key} × {o.Value:N0}")))}.\n");
        }

        text.Append("\nTaken after all (examples: mutations that left a valid request):\n\n");
        foreach (var (name, f) in figures.Where(f => f.Value.AcceptedSamples.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {name}: {string.Join("; ", f.AcceptedSamples.Select(Escape))}\n");
        }

        if (prober.Failures.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nFailures ({prober.FailureCount:N0}; the first {Math.Min(30, prober.Failures.Count)}):\n\n");
            foreach (var failure in prober.Failures.Take(30))
            {
                text.Append(CultureInfo.InvariantCulture, $"- {Escape(failure.Length > 400 ? failure[..400] + "…" : failure)}\n");
            }
        }

        return text.ToString();
    }

    private static long Status(IReadOnlyDictionary<string, EntryPointFigures> figures, string entryPoint, int status) =>
        figures.TryGetValue(entryPoint, out var f) ? f.Statuses.GetValueOrDefault(status) : 0;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
}
