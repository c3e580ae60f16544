using System.Diagnostics;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Testing;
using NodaTime;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// One conference through its whole life via the API, counting the requests Azurite serves from its creation to the
/// publication of its conclusion: created to start a few minutes ahead (so its start can pass during the run; the app's
/// clock is the real one), invitations, answers, deputies' invitations, registration closed early by the organizer,
/// then, once the start time has passed, marked held; the outcome, the first draft, submission, approval, publication.
/// While it waits for the start time, <paramref name="whileWaiting"/> runs (on storage of its own).
/// </summary>
internal static class LifecyclePhase
{
    public static async Task<LifecycleResult> RunAsync(
        ConferenceApi api, Azurite azurite, DevelopmentMailboxTable mailbox, BenchmarkSettings settings, Func<Task> whileWaiting, CancellationToken cancellationToken)
    {
        var workload = new Workload("vong-doi.bench.example.vn", settings.LifecycleInvitees);
        var now = VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant());
        var start = now.PlusSeconds(settings.LifecycleLeadSeconds + 60).With(TimeAdjusters.TruncateToMinute);
        var clock = Stopwatch.StartNew();
        var atCreation = azurite.RequestsServed;

        var conference = await api.CreateAsync(workload.Conference(start, start.PlusMinutes(-1)), cancellationToken);
        var invitations = await InvitationPhase.RunAsync(api, mailbox, workload, conference.Id, settings.PhaseTimeout, cancellationToken);
        var answers = workload.Answers(await mailbox.InvitationLinksAsync(workload, cancellationToken), settings.DeputyPercent, settings.DeclinePercent);
        var run = await AnswerPhase.RunAsync(api, answers, settings.Concurrency, cancellationToken);
        var deputies = await Checks.DeputiesAsync(
            mailbox, workload, run.Outcomes.Count(o => o.Succeeded && o.Planned.ExpectedResponse == "DeputySent"), settings.PhaseTimeout, cancellationToken);
        await api.OrganizeAsync(conference.Id, "close-registration", cancellationToken);
        var afterAnswers = azurite.RequestsServed;
        Log($"Lifecycle: {invitations.Delivered}/{workload.Invitees} invited in {invitations.SecondsToLastDelivery} s, {run.Outcomes.Count(o => o.Succeeded)} answers, " +
            $"{deputies.Invited} deputies; {afterAnswers - atCreation} requests so far; the conference starts at {start:HH:mm} (Vietnam).");

        // The idle stretch until the start time: the app only polls its queues, and the sample runs on its own Azurite.
        var waitClock = Stopwatch.StartNew();
        await whileWaiting();
        var untilStart = VietnamTime.ToInstant(start) - SystemClock.Instance.GetCurrentInstant() + Duration.FromSeconds(2);
        if (untilStart > Duration.Zero)
        {
            await Task.Delay(untilStart.ToTimeSpan(), cancellationToken);
        }

        var waited = waitClock.Elapsed.TotalSeconds;
        var afterWait = azurite.RequestsServed;

        await api.OrganizeAsync(conference.Id, "held", cancellationToken);
        await UntilAsync(api, conference.Id, c => c is not null, "the conclusion opened", settings.PhaseTimeout, cancellationToken);
        await api.ConcludeAsync(conference.Id, HttpMethod.Put, "outcome", Outcome(), asApprover: false, cancellationToken);
        await UntilAsync(api, conference.Id, c => c is { Revision: >= 1 }, "the first draft", settings.PhaseTimeout, cancellationToken);
        await api.ConcludeAsync(conference.Id, HttpMethod.Post, "submit", new SubmitInput(), asApprover: false, cancellationToken);
        await api.ConcludeAsync(conference.Id, HttpMethod.Post, "approve", new ReviewInput(), asApprover: true, cancellationToken);
        await UntilAsync(api, conference.Id, c => c is { Status: "Published" }, "the publication", settings.PhaseTimeout, cancellationToken);

        // Azurite writes a request's log line once its response is sent: a moment for the last ones.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        var atEnd = azurite.RequestsServed;
        var total = atEnd - atCreation;
        var withoutWait = total - (afterWait - afterAnswers);
        return new LifecycleResult(
            workload.Invitees,
            invitations.SecondsToLastDelivery,
            run.Outcomes.Count(o => o.Succeeded),
            deputies.Invited,
            Math.Round(clock.Elapsed.TotalSeconds, 1),
            total,
            Math.Round((double)total / workload.Invitees, 2),
            afterAnswers - atCreation,
            atEnd - afterWait,
            Math.Round(waited, 1),
            afterWait - afterAnswers,
            Math.Round((afterWait - afterAnswers) / waited, 1),
            Math.Round((double)withoutWait / workload.Invitees, 2));
    }

    private static OutcomeInput Outcome() => new()
    {
        Assessment = ["Hội nghị đã đánh giá kết quả giám sát chuyên đề và thảo luận các kiến nghị."],
        PresidingChair = new PresidingChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
        Conclusions = ["đánh giá cao sự chuẩn bị của các cơ quan"],
        Directives = ["Tăng cường hoạt động giám sát"],
        Authors = ["Ban Pháp chế"],
    };

    private static async Task UntilAsync(
        ConferenceApi api, Guid conference, Func<ConclusionResponse?, bool> condition, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!condition(await api.ConclusionAsync(conference, cancellationToken)))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The lifecycle conference: {what} did not come within {timeout}.");
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    private static void Log(string line) => Console.Error.WriteLine(line);
}

/// <param name="InvitationSeconds">From the start request to the last invitation stored.</param>
/// <param name="Requests">Every request Azurite served from the creation to the publication, the wait for the start time included.</param>
/// <param name="RequestsThroughAnswers">From the creation until registration closed: invitations, answers, deputies.</param>
/// <param name="RequestsHeldToPublished">From marking it held to the publication.</param>
/// <param name="RequestsWhileWaiting">While nothing happened but the start time coming (the engine polling its queues).</param>
/// <param name="RequestsPerInviteeWithoutWait">The same as <paramref name="RequestsPerInvitee"/> without the wait.</param>
internal sealed record LifecycleResult(
    int Invitees,
    double? InvitationSeconds,
    int Answers,
    int DeputiesInvited,
    double Seconds,
    long Requests,
    double RequestsPerInvitee,
    long RequestsThroughAnswers,
    long RequestsHeldToPublished,
    double WaitSeconds,
    long RequestsWhileWaiting,
    double IdleRequestsPerSecond,
    double RequestsPerInviteeWithoutWait);
