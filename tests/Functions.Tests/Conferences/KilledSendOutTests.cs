using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Pages;
using HdndWorkflow.Testing;
using NodaTime;
using Xunit.Abstractions;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>
/// The crash test: the real app as its own process, in Development (the development mailbox stands in for the e-mail
/// provider), on a private Azurite that outlives it. A conference of 1,000 invitees is started through the organizer's
/// API, and the process is SIGKILLed during the send-out, once as soon as the first invitations are in the mailbox and
/// again as soon as the restarted app sends, and restarted each time. Then every invitee has exactly one invitation in
/// the mailbox (which keeps duplicates), the roll shows every invitation sent, and each restart resumed within seconds.
/// </summary>
public sealed class KilledSendOutTests(ITestOutputHelper output)
{
    private const int Invitees = 1000;
    private const string MailboxTable = "DevMail";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// From a restart until its first e-mail, and from the last restart until the roll is complete. A killed process's
    /// queue messages come back after the 30 s visibility timeout and its claims are settled once 30 s old; Durable
    /// Functions' 5 min default, or claims left for an operator, would not pass.
    /// </summary>
    private static readonly TimeSpan Resume = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_send_out_killed_twice_ends_with_one_invitation_per_invitee_and_every_one_marked_sent()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = cancellation.Token;
        await using var azurite = await Azurite.StartAsync(ct);
        var mailbox = azurite.Connection.CreateTableServiceClient().GetTableClient(MailboxTable);
        await mailbox.CreateIfNotExistsAsync(ct);
        var people = PlannedConferences.Invitees("giet", Invitees);

        var app = await AppProcess.StartAsync(azurite.ConnectionString, ct);
        try
        {
            var conference = await CreateAndStartAsync(app, people, ct);
            var clock = Stopwatch.StartNew();
            var sent = 0;
            for (var kill = 1; kill <= 2; kill++)
            {
                // Kill as soon as this process has stored e-mails: in the middle of its shards' batches.
                await WaitForMoreThanAsync(mailbox, sent, clock, ct);
                await app.KillAsync();
                var atKill = await CountAsync(mailbox, ct);
                output.WriteLine($"Kill {kill}: {atKill} e-mails stored, {clock.Elapsed.TotalSeconds:F1} s after the {(kill == 1 ? "start" : "restart")}.");
                atKill.Should().BeLessThan(Invitees, "the kill must come during the send-out");
                await app.DisposeAsync();

                app = await AppProcess.StartAsync(azurite.ConnectionString, ct);
                sent = atKill;
                clock.Restart();
            }

            var roll = await Eventually.GetAsync(
                async () => await RollAsync(app, conference, ct) is var r && r.Entries.All(e => e.Invited) ? r : null,
                Resume, "The roll showing every invitation sent after the last restart");
            output.WriteLine($"Roll complete {clock.Elapsed.TotalSeconds:F1} s after the last restart.");

            roll.Entries.Should().HaveCount(Invitees);
            var received = await RecipientsAsync(mailbox, ct);
            received.Where(r => r.Value != 1).Should().BeEmpty("every invitee gets exactly one invitation");
            received.Keys.Should().BeEquivalentTo(people.Select(p => p.Email!.ToUpperInvariant()));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task<Guid> CreateAndStartAsync(AppProcess app, IReadOnlyList<InviteeInput> people, CancellationToken ct)
    {
        using var http = Organizer(app);
        var input = PlannedConferences.Input(VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant()).Date, people);
        using var created = await http.PostAsJsonAsync("api/conferences", input, Json, ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(ct));
        var conference = (await created.Content.ReadFromJsonAsync<ConferenceResponse>(Json, ct))!.Id;
        using var started = await http.PostAsync(new Uri($"api/conferences/{conference}/start", UriKind.Relative), null, ct);
        started.StatusCode.Should().Be(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync(ct));
        return conference;
    }

    private static async Task<RollResponse> RollAsync(AppProcess app, Guid conference, CancellationToken ct)
    {
        using var http = Organizer(app);
        return (await http.GetFromJsonAsync<RollResponse>(new Uri($"api/conferences/{conference}/roll", UriKind.Relative), Json, ct))!;
    }

    private static HttpClient Organizer(AppProcess app)
    {
        var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AppProcess.DevelopmentKey("dev-organizer"));
        return http;
    }

    // The mailbox's message rows (one per e-mail handed to it, duplicates included), read straight from the table.
    private static async Task<int> CountAsync(TableClient mailbox, CancellationToken ct)
    {
        var count = 0;
        await foreach (var _ in MessagesAsync(mailbox, ["PartitionKey"], ct))
        {
            count++;
        }

        return count;
    }

    private static async Task<Dictionary<string, int>> RecipientsAsync(TableClient mailbox, CancellationToken ct)
    {
        var received = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in MessagesAsync(mailbox, ["To"], ct))
        {
            var to = row.GetString("To")!.ToUpperInvariant();
            received[to] = received.GetValueOrDefault(to) + 1;
        }

        return received;
    }

    private static IAsyncEnumerable<TableEntity> MessagesAsync(TableClient mailbox, string[] columns, CancellationToken ct) =>
        mailbox.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {"m_"} and PartitionKey lt {"m`"}"), select: columns, cancellationToken: ct);

    // Until the mailbox holds more than count e-mails, within Resume of the (re)start.
    private static async Task WaitForMoreThanAsync(TableClient mailbox, int count, Stopwatch sinceStart, CancellationToken ct)
    {
        while (await CountAsync(mailbox, ct) <= count)
        {
            if (sinceStart.Elapsed > Resume)
            {
                throw new TimeoutException($"No e-mail beyond the first {count} within {Resume.TotalSeconds:0} s of the (re)start: the send-out did not resume.");
            }

            await Task.Delay(100, ct);
        }
    }
}
