using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using HdndWorkflow.Conferences.Benchmarks;
using HdndWorkflow.Testing;

// The conference benchmark (issue #4): the real app as a process on a private Azurite; a conference of 10,000 invitees
// created and started through the API, timed until every invitation is in the development mailbox; then 10,000
// answers through the invitees' personal links at concurrency 50; then the checks: the roll, duplicates, the deputies'
// invitations, the orchestration's history and the app's peak memory; then a conference from creation to publication
// with Azurite's requests counted, and the sample's design (one activity per e-mail) for comparison. One JSON line on stdout, progress on stderr;
// exit code 0 whatever the results: it is a measurement, the JSON says pass or fail per target.
var settings = BenchmarkSettings.Parse(args);
var loadAtStart = ProcessStats.LoadAverage();
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var ct = cancellation.Token;
var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

// The timed phases run on a silent Azurite: its access log costs it time in every request, and the emulator is the
// bottleneck here. The conference taken from creation to publication runs afterwards on a second Azurite, with its
// access log on, to count its requests.
Log("Starting a silent Azurite and the app (this build's configuration, environment Development)…");
var azurite = await Azurite.StartAsync(ct);
var app = await AppProcess.StartAsync(azurite.ConnectionString, ct);
using var api = new ConferenceApi(app.BaseAddress, AppProcess.DevelopmentKey("dev-organizer"), AppProcess.DevelopmentKey("dev-approver"), settings.Concurrency);
var tables = azurite.Connection.CreateTableServiceClient();
var mailbox = new DevelopmentMailboxTable(tables);
var history = new HistoryProbe(tables);

try
{
    // Warm-up (JIT, connections, Azurite's tables): a smaller conference through the same steps, outside the measured
    // windows. Its history, after the same 16-shard mailing, is the yardstick for the measured one's.
    var warmUp = new Workload("khoi-dong.bench.example.vn", settings.WarmUpInvitees);
    var warmConference = await api.CreateAsync(warmUp.Conference(), ct);
    var warmInvitations = await InvitationPhase.RunAsync(api, mailbox, warmUp, warmConference.Id, settings.PhaseTimeout, ct);
    var warmHistory = await history.MeasureAsync(warmConference.Id, ct);
    var warmAnswers = await AnswerPhase.RunAsync(api, warmUp.Answers(await mailbox.InvitationLinksAsync(warmUp, ct), 0, settings.DeclinePercent), settings.Concurrency, ct);
    Log($"Warm-up: {warmInvitations.Delivered}/{warmUp.Invitees} invitations in {warmInvitations.SecondsToLastDelivery} s, " +
        $"{warmAnswers.Outcomes.Count(o => o.Succeeded)} answers in {warmAnswers.Seconds:F1} s; history {warmHistory.Events} events ({warmHistory.StepMarkers} step markers).");

    // Create: every invitee in the JSON body, as an organizer's script would post them.
    var workload = new Workload("hoi-nghi.bench.example.vn", settings.Invitees);
    var input = workload.Conference();
    var createClock = Stopwatch.StartNew();
    var conference = await api.CreateAsync(input, ct);
    var create = new CreateResult(settings.Invitees, Math.Round(createClock.Elapsed.TotalSeconds, 2), JsonSerializer.SerializeToUtf8Bytes(input, web).Length / 1024);
    Log($"Created conference {conference.Id} with {settings.Invitees} invitees in {create.Seconds} s.");

    // Invitations.
    var cpuStart = CpuSnapshot.Take(app.ProcessId, azurite.ProcessId);
    var invitations = await InvitationPhase.RunAsync(api, mailbox, workload, conference.Id, settings.PhaseTimeout, ct);
    var invitationCpu = CpuSnapshot.Take(app.ProcessId, azurite.ProcessId).Since(cpuStart);
    var afterInvitations = await history.MeasureAsync(conference.Id, ct);
    Log($"Invitations: {invitations.Delivered}/{invitations.Expected}, the last stored {invitations.SecondsToLastDelivery} s after the start " +
        $"(status showed it at {invitations.SecondsObserved} s, running from {invitations.SecondsUntilRunning} s); app {invitationCpu.AppCores} cores, Azurite {invitationCpu.AzuriteCores}; " +
        $"history {afterInvitations.Events} events ({afterInvitations.StepMarkers} step markers).");

    // Answers, with the tokens read from the e-mails.
    var answers = workload.Answers(await mailbox.InvitationLinksAsync(workload, ct), settings.DeputyPercent, settings.DeclinePercent);
    var answerStart = CpuSnapshot.Take(app.ProcessId, azurite.ProcessId);
    var run = await AnswerPhase.RunAsync(api, answers, settings.Concurrency, ct);
    var answerCpu = CpuSnapshot.Take(app.ProcessId, azurite.ProcessId).Since(answerStart);
    var succeeded = run.Outcomes.Count(o => o.Succeeded);
    var answered = new AnswerResult(
        run.Outcomes.Count,
        succeeded,
        run.Outcomes.Count - succeeded,
        run.Outcomes.GroupBy(o => ((int)o.Status).ToString(CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()),
        answers.Count(a => a.ExpectedResponse == "Accepted"),
        answers.Count(a => a.ExpectedResponse == "Declined"),
        answers.Count(a => a.ExpectedResponse == "DeputySent"),
        Math.Round(run.Seconds, 2),
        Math.Round(succeeded / run.Seconds, 1),
        Percentiles.From(run.Outcomes.Select(o => o.Milliseconds)),
        Percentiles.From(run.Outcomes.Where(o => o.Planned.ExpectedResponse != "DeputySent").Select(o => o.Milliseconds)),
        Percentiles.From(run.Outcomes.Where(o => o.Planned.ExpectedResponse == "DeputySent").Select(o => o.Milliseconds)));
    Log($"Answers: {succeeded}/{answered.Posted} in {answered.Seconds} s, {answered.ConfirmationsPerSecond}/s, " +
        $"p50 {answered.LatencyMilliseconds.P50} ms, p99 {answered.LatencyMilliseconds.P99} ms (deputies: p50 {answered.DeputyLatencyMilliseconds.P50} ms, p99 {answered.DeputyLatencyMilliseconds.P99} ms); app {answerCpu.AppCores} cores, Azurite {answerCpu.AzuriteCores}.");

    // Checks: deputies invited, the roll, duplicates, the history at the end.
    var deputies = await Checks.DeputiesAsync(
        mailbox, workload, run.Outcomes.Count(o => o.Succeeded && o.Planned.ExpectedResponse == "DeputySent"), settings.PhaseTimeout, ct);
    Log($"Deputies: {deputies.Invited}/{deputies.Expected} invited, the last {deputies.SecondsAfterLastAnswer} s after the answers.");
    var roll = Checks.Roll(await api.RollAsync(conference.Id, ct), run.Outcomes);
    var atEnd = await history.MeasureAsync(conference.Id, ct);
    var mails = await mailbox.ListAsync(workload, deputiesOnly: false, ct);
    var invitationMails = mails.Where(m => m.IsInvitation).ToList();
    var duplicates = new DuplicateReport(
        mails.Count,
        mails.Count - mails.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count(),
        invitationMails.GroupBy(m => m.To, StringComparer.OrdinalIgnoreCase).Sum(g => g.Count() - 1),
        workload.Invitees - invitationMails.Where(m => !Workload.IsDeputy(m.To)).Select(m => m.To).Distinct(StringComparer.OrdinalIgnoreCase).Count());

    var memory = new MemoryReport(ProcessStats.PeakResidentMb(app.ProcessId), ProcessStats.PeakResidentMb(azurite.ProcessId));

    // The yardstick for the sample's design: as many invitations as the sample will send, by the app's design, on the
    // same warm app.
    var compared = new Workload("so-sanh.bench.example.vn", settings.LifecycleInvitees);
    var comparedInvitations = await InvitationPhase.RunAsync(api, mailbox, compared, (await api.CreateAsync(compared.Conference(), ct)).Id, settings.PhaseTimeout, ct);
    Log($"Compared: {comparedInvitations.Delivered}/{compared.Invitees} invitations in {comparedInvitations.SecondsToLastDelivery} s.");

    await app.DisposeAsync();
    await azurite.DisposeAsync();
    Log("Starting Azurite with its access log on, and the app again, for the conference from creation to publication…");
    azurite = await Azurite.StartAsync(countRequests: true, ct);
    app = await AppProcess.StartAsync(azurite.ConnectionString, ct);
    using var countedApi = new ConferenceApi(app.BaseAddress, AppProcess.DevelopmentKey("dev-organizer"), AppProcess.DevelopmentKey("dev-approver"), settings.Concurrency);

    // A conference from creation to publication, its storage requests counted; during its wait for the start time,
    // the sample's design sends as many invitations on storage of its own.
    SampleResult? sample = null;
    var lifecycle = await LifecyclePhase.RunAsync(countedApi, azurite, new DevelopmentMailboxTable(azurite.Connection.CreateTableServiceClient()), settings, async () =>
    {
        sample = await SamplePattern.RunAsync(settings.LifecycleInvitees, settings.PhaseTimeout, ct);
        Log($"Sample design: {sample.Invitations} invitations, one activity each, in {sample.Seconds} s.");
    }, ct);
    Log($"Lifecycle: {lifecycle.Requests} requests from creation to publication, {lifecycle.RequestsPerInvitee} per invitee " +
        $"({lifecycle.RequestsPerInviteeWithoutWait} without the {lifecycle.WaitSeconds} s wait for the start time, when the app made {lifecycle.IdleRequestsPerSecond} requests/s).");

    var report = new BenchmarkReport(
        Benchmark: "conferences",
        Machine: new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, loadAtStart, ProcessStats.LoadAverage()),
        Settings: new SettingsReport(settings.Invitees, settings.Concurrency, settings.DeputyPercent, settings.DeclinePercent, settings.WarmUpInvitees,
            "HdndWorkflow.Functions as a process, the Durable Task Framework's worker in it, host.json durableTask settings"),
        Create: create,
        Invitations: invitations,
        Answers: answered,
        Roll: roll,
        Deputies: deputies,
        Duplicates: duplicates,
        History: new HistoryReport(settings.WarmUpInvitees, warmHistory, settings.Invitees, afterInvitations, atEnd),
        Memory: memory,
        Cpu: new CpuReport(invitationCpu, answerCpu),
        Lifecycle: lifecycle,
        Sample: SampleReport.From(sample!, comparedInvitations),
        Targets: []);
    report = report with { Targets = TargetResult.Evaluate(report) };
    Console.Out.WriteLine(JsonSerializer.Serialize(report, ReportJson.Readable.BenchmarkReport));
    return 0;
}
catch (Exception e)
{
    Log($"The benchmark failed: {e}{Environment.NewLine}The app's last output:{Environment.NewLine}{app.RecentOutput()}");
    return 1;
}
finally
{
    await app.DisposeAsync();
    await azurite.DisposeAsync();
}

static void Log(string line) => Console.Error.WriteLine(line);
