using System.Diagnostics;
using System.Globalization;
using System.Text;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Resilience.CrashLoop;

/// <summary>
/// The crash loop: one conference of <see cref="Suite.Invitees"/> taken from invitations to publication (see
/// <see cref="CrashScenario"/>) while the app process, on an Azurite that outlives it, is SIGKILLed and restarted at
/// random moments, at least <see cref="Suite.Kills"/> times. Then, at the e-mail provider's boundary, every invitee
/// has exactly one invitation, each due reminder once, each update once; every deputy one invitation; every answer is
/// in the roll as posted, every roll mark right; one article; one notice number, the numbering without gaps.
/// </summary>
internal sealed class CrashLoopPart : IPart
{
    public const string PartName = "crash-loop";

    /// <summary>
    /// A kill comes this long after the app answered again: often enough for 20 kills within the run, seldom enough
    /// for work to go on between kills (after a kill, the killed worker's leases and queue messages come back after
    /// 30 s, host.json's visibility timeouts).
    /// </summary>
    private static readonly (TimeSpan Min, TimeSpan Max) KillAfter = (TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(75));

    public string Name => PartName;

    public async Task<PartReport> RunAsync(Suite suite, CancellationToken cancellationToken)
    {
        await using var azurite = await Azurite.StartAsync(cancellationToken);
        var tables = azurite.Connection.CreateTableServiceClient();
        var mailbox = new ProviderMailbox(tables);
        await tables.GetTableClient("DevMail").CreateIfNotExistsAsync(cancellationToken);
        await using var app = await CrashingApp.StartAsync(azurite.ConnectionString, suite.Seed, cancellationToken);
        using var api = new CrashApi(app.BaseAddress);
        var scenario = new CrashScenario(app, api, mailbox, suite);
        var clock = Stopwatch.StartNew();
        await scenario.CreateAsync(cancellationToken);

        using (var stopKilling = new CancellationTokenSource())
        using (var scenarioCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            // A killer that could not bring the app back ends the run at once, rather than leave it waiting for nothing.
            var killer = app.KillAtRandomAsync(KillAfter.Min, KillAfter.Max, stopKilling.Token)
                .ContinueWith(
                    t =>
                    {
                        if (t.IsFaulted)
                        {
                            scenarioCancellation.Cancel();
                        }

                        return t;
                    },
                    TaskScheduler.Default).Unwrap();
            try
            {
                await scenario.RunAsync(scenarioCancellation.Token);
            }
            catch (Exception)
            {
                Suite.Log($"The app's last output:{Environment.NewLine}{app.RecentOutput()}");
                throw;
            }
            finally
            {
                await stopKilling.CancelAsync();
                await killer;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var verdict = await Verdict.ReachAsync(scenario, api, mailbox, tables, cancellationToken);
        var kills = app.Kills;
        return new PartReport(
            Name,
            "Crash loop",
            verdict.Passed && kills.Count >= suite.Kills,
            $"1 conference of {scenario.Invitees.Count:N0} invitees",
            kills.Count,
            null,
            scenario.Answers.Sent,
            verdict.Lost,
            verdict.Duplicated,
            Section(suite, scenario, api, kills, verdict, seconds));
    }

    private static string Section(Suite suite, CrashScenario scenario, CrashApi api, IReadOnlyList<Kill> kills, Verdict verdict, double seconds)
    {
        var text = new StringBuilder();
        var restarts = kills.Select(k => k.Restart.TotalSeconds).Order().ToList();
        text.Append(CultureInfo.InvariantCulture, $"""
            One conference of {scenario.Invitees.Count:N0} invitees, taken from invitations to publication through the API
            while the app process (its Release build, Development, on an Azurite that outlives it) was SIGKILLed and started
            again {kills.Count} times, each kill {KillAfter.Min.TotalSeconds:0}–{KillAfter.Max.TotalSeconds:0} s after the app
            last answered (seed {suite.Seed}); {seconds / 60:0.0} minutes in all. Steps: invitations; a first wave of answers
            (8 in 10, deputies among them); the reminder, due an hour before a deadline set for it to fall 12 minutes
            into the run; a second wave (1 in 10; the last tenth never answer); the deputies' invitations; registration
            closed by the organizer; the conference rescheduled to start a few minutes later (everyone gets an update),
            marked held; the outcome, the workflow's draft, submission, approval, publication. A client resends a request
            that got no answer; a step refused on a resend counts as done when the stored state shows it done.

            | Kills during | Count |
            | --- | --- |

            """);
        foreach (var phase in kills.GroupBy(k => k.Phase))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {phase.Key} | {phase.Count()} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"""

            After a kill the app answered /health again in {Median(restarts):0.0} s (median; longest {(restarts.Count > 0 ? restarts[^1] : 0):0.0} s).
            The client sent {api.Requests:N0} requests, {api.Resent:N0} of them again for want of an answer ({api.ServerErrors} answers were 5xx).
            Steps refused on a resend and found done by an earlier attempt, whose answer the kill had lost: {api.DoneByEarlierAttempt}.

            E-mails at the provider's boundary (the development mailbox's rows, a duplicate being a second row):

            | E-mails | Expected | Received | Lost | Duplicated | Unexpected | To the wrong address |
            | --- | --- | --- | --- | --- | --- | --- |

            """);
        foreach (var m in verdict.Mail)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {m.What} | {m.Expected:N0} | {m.Received:N0} | {m.Lost} | {m.Duplicated} | {m.Unexpected} | {m.WrongRecipient} |\n");
        }

        var answered = scenario.Invitees.Count(i => i.Plan.Wave > 0);
        text.Append(CultureInfo.InvariantCulture, $"""

            The conclusion's e-mails: the notice reached {verdict.NoticesReceived} of its 2 recipients with an address; {verdict.ConclusionDuplicated} duplicated.
            Answers: {answered:N0} planned and taken ({scenario.Answers.Taken:N0} 200s for {scenario.Answers.Sent:N0} requests, resends included);
            the roll shows {scenario.Invitees.Count - verdict.AnswersWrong:N0} of {scenario.Invitees.Count:N0} invitees as answered (or silent) as planned,
            {verdict.MarksWrong} invitations not marked sent. Publication: {verdict.Articles} article on the portal; notice number
            {verdict.Number ?? "none"}, held by {verdict.NumbersOfConference} numbering row; the council's numbering {(verdict.NumbersGapFree ? "has no gaps" : "HAS GAPS")}.

            """);
        text.Append("""

            What a crash between a change's save and its announcement to the workflow (an event on the orchestration's
            control queue) left behind, fixed while this part was built, each with a focused test that fails without it
            (`tests/Functions.Tests/Resilience/ConferenceLostAnswerTests.cs`, the announcement made to fail by storage
            faults): the client, having no answer, sends the request again, and it was refused (already closed, already
            in review) or, for an answer naming a deputy, taken without a word to the workflow, which then heard nothing
            until its next timer, days away: a deputy not invited, updates not sent, the approvers not asked. A request
            refused because its change is already made, or an answer naming a deputy still not invited, now tells the
            workflow again, and the same reschedule sent twice is one reschedule (before, a second revision: everyone a
            second update).

            """);
        return text.ToString();
    }

    private static double Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
}
