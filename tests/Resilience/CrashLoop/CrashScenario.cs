using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using NodaTime;

namespace HdndWorkflow.Resilience.CrashLoop;

/// <summary>
/// One conference from invitations to publication through the API, while <see cref="CrashingApp"/> kills the app: the
/// invitations; a first wave of answers (deputies among them); the reminder, due an hour before the registration
/// deadline, which is set so that the reminder falls a few minutes into the run; a second wave of answers; the
/// deputies' invitations; registration closed by the organizer; the conference rescheduled to start in a few minutes
/// (everyone gets an update), marked held once started; the outcome, the workflow's draft, submission, approval and
/// publication. A tenth of the invitees never answer.
/// </summary>
internal sealed class CrashScenario(CrashingApp app, CrashApi api, ProviderMailbox mailbox, Suite suite)
{
    /// <summary>How far after the invitations the reminder falls: time for the invitations and the first wave, kills and all.</summary>
    private static readonly Period ReminderLead = Period.FromMinutes(12);

    private static readonly TimeSpan PhaseTimeout = TimeSpan.FromMinutes(15);

    /// <summary>When a busy step starts (a send-out, a wave of answers, a change the workflow acts on), a kill comes this long after.</summary>
    private static readonly (TimeSpan From, TimeSpan To) Busy = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6));

    public Guid Conference { get; private set; }

    public IReadOnlyList<Invitee> Invitees { get; private set; } = [];

    public Instant ReminderDue { get; private set; }

    /// <summary>Answer requests sent (resends included) and answers the app took (200).</summary>
    public (long Sent, int Taken) Answers { get; private set; }

    private string Roll => $"api/conferences/{Conference}/roll";

    private string ConclusionApi => $"api/conferences/{Conference}/conclusion";

    /// <summary>Creates the conference, before any kill: a creation resent after a lost answer would be a second conference.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        app.Phase = "create";
        var now = VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant());
        var deadline = Ceiling(now.PlusHours(1) + ReminderLead);
        var start = deadline.PlusMinutes(1);
        var input = Input(start, start.PlusMinutes(60), deadline) with
        {
            ReminderHours = [1],
            Invitees = [.. Enumerable.Range(0, suite.Invitees).Select(i => new InviteeInput(
                $"Đại biểu {i + 1}", "Chủ tịch HĐND xã", $"Xã số {i + 1}", string.Create(CultureInfo.InvariantCulture, $"dai-bieu-{i + 1}@giet.example.vn")))],
        };
        var (status, body) = await api.SendAsync(() => CrashApi.Request(HttpMethod.Post, "api/conferences", CrashApi.Organizer, input), "Creating the conference", cancellationToken);
        Conference = status == HttpStatusCode.Created
            ? JsonSerializer.Deserialize<ConferenceResponse>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Id
            : throw new InvalidOperationException($"Creating the conference: {(int)status} {body}");
        ReminderDue = VietnamTime.ToInstant(deadline) - Duration.FromHours(1);
        var roll = await api.GetAsync<RollResponse>(Roll, CrashApi.Organizer, cancellationToken);
        Invitees = [.. roll.Entries.Select((e, i) => new Invitee(e.InviteeId, e.Email, Plan(i)))];
        Suite.Log($"Conference {Conference}: {Invitees.Count} invitees; the reminder is due at {VietnamTime.ToLocal(ReminderDue):HH:mm} (Vietnam).");
    }

    /// <summary>Everything after the creation, while the app is killed at random.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        app.Phase = "start";
        app.KillBetween(Busy.From, Busy.To);
        await api.StepAsync(
            () => CrashApi.Request(HttpMethod.Post, $"api/conferences/{Conference}/start", CrashApi.Organizer),
            HttpStatusCode.Accepted,
            async () => await api.FindAsync<InstanceState>($"api/instances/{Conference}", CrashApi.Organizer, cancellationToken) is not null,
            "Starting the conference",
            cancellationToken);

        app.Phase = "invitations";
        app.KillBetween(Busy.From, Busy.To);
        await UntilAsync(async () => await mailbox.CountKeysAsync(":invitation:r0", cancellationToken) >= Invitees.Count, "every invitation in the mailbox", cancellationToken);
        var tokens = await mailbox.InvitationTokensAsync(Invitees.Select(i => i.Id).ToHashSet(), cancellationToken);

        app.Phase = "answers (first wave)";
        app.KillBetween(Busy.From, Busy.To);
        await AnswerAsync([.. Invitees.Where(i => i.Plan.Wave == 1)], tokens, cancellationToken);
        if (SystemClock.Instance.GetCurrentInstant() >= ReminderDue)
        {
            throw new InvalidOperationException("The first wave of answers ended after the reminder was due: the reminder's recipients cannot be known. Give it more lead.");
        }

        app.Phase = "reminder";
        var untilReminder = (ReminderDue - SystemClock.Instance.GetCurrentInstant()).ToTimeSpan();
        app.KillBetween(untilReminder, untilReminder + Busy.To);
        var reminded = Invitees.Count(i => i.Plan.Wave != 1);
        await UntilAsync(async () => await mailbox.CountKeysAsync(":reminder-1h:r0", cancellationToken) >= reminded, "the reminder to everyone without an answer", cancellationToken,
            ReminderDue - SystemClock.Instance.GetCurrentInstant() + Duration.FromTimeSpan(PhaseTimeout));

        app.Phase = "answers (second wave)";
        app.KillBetween(Busy.From, Busy.To);
        await AnswerAsync([.. Invitees.Where(i => i.Plan.Wave == 2)], tokens, cancellationToken);

        app.Phase = "deputies' invitations";
        var deputies = Invitees.Count(i => i.Plan.Deputy is not null && i.Plan.Wave > 0);
        await UntilAsync(
            async () => (await mailbox.ReceivedAsync(cancellationToken)).Where(r => r.Key.Contains("-deputy-", StringComparison.Ordinal) && r.Key.EndsWith(":invitation:r0", StringComparison.Ordinal))
                .Select(r => r.Key).Distinct(StringComparer.Ordinal).Count() >= deputies,
            "every deputy's invitation", cancellationToken);

        app.Phase = "close";
        app.KillBetween(TimeSpan.Zero, Busy.From);
        await api.StepAsync(
            () => CrashApi.Request(HttpMethod.Post, $"api/conferences/{Conference}/close-registration", CrashApi.Organizer),
            HttpStatusCode.OK,
            async () => (await api.GetAsync<RollResponse>(Roll, CrashApi.Organizer, cancellationToken)).Status == "RegistrationClosed",
            "Closing registration",
            cancellationToken);

        app.Phase = "reschedule";
        app.KillBetween(Busy.From, Busy.To);
        var start = await RescheduleAsync(cancellationToken);
        await UntilAsync(async () => await mailbox.CountKeysAsync(":update:r1", cancellationToken) >= Invitees.Count + deputies, "everyone's update", cancellationToken);

        // Until the start, and as long as kills are short of the number asked for (the workflow waits meanwhile).
        app.Phase = "waiting for the start";
        var started = VietnamTime.ToInstant(start) + Duration.FromSeconds(2);
        while (SystemClock.Instance.GetCurrentInstant() < started || app.Kills.Count < suite.Kills)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        app.Phase = "held";
        app.KillBetween(TimeSpan.Zero, Busy.From);
        await api.StepAsync(
            () => CrashApi.Request(HttpMethod.Post, $"api/conferences/{Conference}/held", CrashApi.Organizer),
            HttpStatusCode.OK,
            async () => (await api.GetAsync<RollResponse>(Roll, CrashApi.Organizer, cancellationToken)).Status == "Held",
            "Marking the conference held",
            cancellationToken);

        await ConcludeAsync(cancellationToken);
    }

    private async Task ConcludeAsync(CancellationToken cancellationToken)
    {
        app.Phase = "outcome";
        app.KillBetween(Busy.From, Busy.To);
        await UntilConclusionAsync(c => c is not null, "the conclusion opened", cancellationToken);
        await api.StepAsync(
            () => CrashApi.Request(HttpMethod.Put, $"{ConclusionApi}/outcome", CrashApi.Organizer, Outcome()),
            HttpStatusCode.OK,
            async () => (await ConclusionAsync(cancellationToken))?.Outcome is not null,
            "Recording the outcome",
            cancellationToken);

        app.Phase = "draft";
        await UntilConclusionAsync(c => c is { Revision: >= 1 }, "the workflow's first draft", cancellationToken);

        app.Phase = "submit";
        app.KillBetween(TimeSpan.Zero, Busy.From);
        await api.StepAsync(
            () => CrashApi.Request(HttpMethod.Post, $"{ConclusionApi}/submit", CrashApi.Organizer, new SubmitInput("Kính trình đồng chí xem xét.")),
            HttpStatusCode.OK,
            async () => (await ConclusionAsync(cancellationToken))?.Status is "InReview" or "Approved" or "Published",
            "Submitting the draft",
            cancellationToken);

        app.Phase = "approve";
        app.KillBetween(Busy.From, Busy.To);
        await api.StepAsync(
            () => CrashApi.Request(HttpMethod.Post, $"{ConclusionApi}/approve", CrashApi.Approver, new ReviewInput("Đồng ý ban hành.")),
            HttpStatusCode.OK,
            async () => (await ConclusionAsync(cancellationToken))?.ApprovedRevision >= 1,
            "Approving the draft",
            cancellationToken);

        app.Phase = "publication";
        await UntilConclusionAsync(c => c is { Status: "Published" }, "the publication", cancellationToken);
        await UntilAsync(async () => await CompletedAsync(Conference.ToString(), cancellationToken) && await CompletedAsync($"{Conference}:conclusion", cancellationToken),
            "both workflows completed", cancellationToken);
    }

    // Moves the start a few minutes ahead (long enough for the kills still to come) with the deadline already past, so
    // that registration stays closed; everyone is sent an update. The new start, Vietnam time.
    private async Task<LocalDateTime> RescheduleAsync(CancellationToken cancellationToken)
    {
        var now = VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant());
        var killsLeft = Math.Max(0, suite.Kills - app.Kills.Count);
        var start = Ceiling(now.PlusSeconds(Math.Max(180, killsLeft * 60)));
        if (start.PlusMinutes(1).Date != start.Date)
        {
            start = start.Date.PlusDays(1).At(new LocalTime(0, 1));
        }

        var deadline = now.With(TimeAdjusters.TruncateToMinute).PlusMinutes(-1);
        var input = new RescheduleInput(Iso(start.Date), Time(start.TimeOfDay), Time(start.TimeOfDay.PlusMinutes(1)), $"{Iso(deadline.Date)}T{Time(deadline.TimeOfDay)}");
        await api.StepAsync(
            () => CrashApi.Request(HttpMethod.Post, $"api/conferences/{Conference}/reschedule", CrashApi.Organizer, input),
            HttpStatusCode.OK,
            async () => (await api.GetAsync<ConferenceResponse>($"api/conferences/{Conference}", CrashApi.Organizer, cancellationToken)).Revision == 1,
            "Rescheduling the conference",
            cancellationToken);
        Suite.Log($"Rescheduled to start at {start:HH:mm} (Vietnam), {app.Kills.Count} kills so far.");
        return start;
    }

    private async Task AnswerAsync(IReadOnlyList<Invitee> invitees, IReadOnlyDictionary<Guid, string> tokens, CancellationToken cancellationToken)
    {
        var before = api.Requests;
        var next = -1;
        var taken = 0;
        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < invitees.Count; i = Interlocked.Increment(ref next))
            {
                var invitee = invitees[i];
                var (status, body) = await api.SendAsync(
                    () => CrashApi.Request(HttpMethod.Post, $"api/invitations/{tokens[invitee.Id]}/answer", null, invitee.Plan.Answer),
                    $"Answer of {invitee.Email}",
                    cancellationToken);
                if (status != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"Answer of {invitee.Email}: {(int)status} {body}");
                }

                Interlocked.Increment(ref taken);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(Worker, cancellationToken)));
        Answers = (Answers.Sent + api.Requests - before, Answers.Taken + taken);
    }

    private async Task<ConclusionResponse?> ConclusionAsync(CancellationToken cancellationToken) =>
        await api.FindAsync<ConclusionResponse>(ConclusionApi, CrashApi.Organizer, cancellationToken);

    private Task UntilConclusionAsync(Func<ConclusionResponse?, bool> condition, string what, CancellationToken cancellationToken) =>
        UntilAsync(async () => condition(await ConclusionAsync(cancellationToken)), what, cancellationToken);

    private async Task<bool> CompletedAsync(string instance, CancellationToken cancellationToken) =>
        (await api.GetAsync<InstanceState>($"api/instances/{Uri.EscapeDataString(instance)}", CrashApi.Organizer, cancellationToken)).RuntimeStatus == "Completed";

    private static async Task UntilAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken, Duration? timeout = null)
    {
        var limit = timeout?.ToTimeSpan() ?? PhaseTimeout;
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"The crash loop waited {limit.TotalMinutes:0} minutes for {what}.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        Suite.Log($"Seen: {what}.");
    }

    /// <summary>
    /// Invitee <paramref name="i"/>'s answer: in tens, a twentieth send a deputy, seven twentieths decline (every other
    /// one with a reason) and the rest accept; eight in ten answer in the first wave, one in the second, one never.
    /// </summary>
    private static AnswerPlan Plan(int i)
    {
        var wave = (i % 10) switch { < 8 => 1, 8 => 2, _ => 0 };
        var slot = (i / 10) % 20;
        return slot switch
        {
            0 => new AnswerPlan(wave, "DeputySent", new DeputyInput(
                $"Người dự thay {i + 1}", "Phó Chủ tịch HĐND xã", string.Create(CultureInfo.InvariantCulture, $"du-thay-{i + 1}@giet.example.vn"))),
            < 8 => new AnswerPlan(wave, "Declined", null, slot % 2 == 0 ? "Trùng lịch công tác" : null),
            _ => new AnswerPlan(wave, "Accepted", null),
        };
    }

    private static ConferenceInput Input(LocalDateTime start, LocalDateTime end, LocalDateTime deadline) => new()
    {
        CouncilId = "tinh-mau",
        Kind = "Briefing",
        Ordinal = 7,
        Date = Iso(start.Date),
        Start = Time(start.TimeOfDay),
        End = end.Date == start.Date ? Time(end.TimeOfDay) : "23:59",
        Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
        CoChairs = [new CoChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
        Agenda = [new AgendaInput("Báo cáo kết quả giám sát chuyên đề", "Ban Pháp chế HĐND tỉnh", Time(start.TimeOfDay))],
        RegistrationDeadline = $"{Iso(deadline.Date)}T{Time(deadline.TimeOfDay)}",
    };

    private static OutcomeInput Outcome() => new()
    {
        Assessment = ["Hội nghị đã đánh giá kết quả giám sát chuyên đề và thảo luận các kiến nghị."],
        PresidingChair = new PresidingChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
        Conclusions = ["đánh giá cao sự chuẩn bị của các cơ quan"],
        Directives = ["Tăng cường hoạt động giám sát"],
        Authors = ["Ban Pháp chế"],
    };

    // The next whole minute (the API takes times to the minute).
    private static LocalDateTime Ceiling(LocalDateTime time) =>
        time.With(TimeAdjusters.TruncateToMinute) is var minute && minute < time ? minute.PlusMinutes(1) : minute;

    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>An orchestration instance's status, as the management API shows it.</summary>
internal sealed record InstanceState(string RuntimeStatus);

/// <summary>An invitee as created, and what he or she will answer.</summary>
internal sealed record Invitee(Guid Id, string Email, AnswerPlan Plan);

/// <summary>
/// An answer to post in wave 1 or 2 (0: never answers), and the response the roll must then show; the deputy named,
/// if any.
/// </summary>
internal sealed record AnswerPlan(int Wave, string Response, DeputyInput? Deputy, string? Reason = null)
{
    public AnswerInput Answer => Response switch
    {
        "DeputySent" => new AnswerInput(AnswerInput.SendDeputy, Deputy: Deputy),
        "Declined" => new AnswerInput(AnswerInput.Decline, Reason),
        _ => new AnswerInput(AnswerInput.Accept),
    };

    /// <summary>The response the roll shows at the end.</summary>
    public string Expected => Wave == 0 ? "NoAnswer" : Response;
}
