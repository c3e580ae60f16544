using System.Text.Json;
using System.Text.Json.Serialization;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>The one JSON line the benchmark prints.</summary>
internal sealed record BenchmarkReport(
    string Benchmark,
    MachineInfo Machine,
    SettingsReport Settings,
    CreateResult Create,
    InvitationResult Invitations,
    AnswerResult Answers,
    RollCheck Roll,
    DeputyResult Deputies,
    DuplicateReport Duplicates,
    HistoryReport History,
    MemoryReport Memory,
    CpuReport Cpu,
    LifecycleResult Lifecycle,
    SampleReport Sample,
    IReadOnlyList<TargetResult> Targets)
{
    public bool Pass => Targets.All(t => t.Pass);
}

internal sealed record MachineInfo(int Cores, string Os, string Runtime, double[] LoadAverageAtStart, double[] LoadAverageAtEnd);

internal sealed record SettingsReport(int Invitees, int Concurrency, int DeputyPercent, int DeclinePercent, int WarmUpInvitees, string App);

/// <summary>POST /api/conferences with every invitee in the JSON body.</summary>
internal sealed record CreateResult(int Invitees, double Seconds, int BodyKilobytes);

internal sealed record AnswerResult(
    int Posted,
    int Succeeded,
    int Failed,
    IReadOnlyDictionary<string, int> StatusCodes,
    int Accept,
    int Decline,
    int Deputy,
    double Seconds,
    double ConfirmationsPerSecond,
    Percentiles LatencyMilliseconds,
    Percentiles AcceptOrDeclineLatencyMilliseconds,
    Percentiles DeputyLatencyMilliseconds);

/// <summary>
/// E-mails stored twice under one idempotency key, and invitations beyond the first per invitee or deputy, over the
/// whole run (invitations, then answers and deputies' invitations).
/// </summary>
internal sealed record DuplicateReport(int Emails, int DuplicateKeys, int ExtraInvitations, int InviteesWithoutInvitation)
{
    public int Duplicated => DuplicateKeys + ExtraInvitations;
}

/// <summary>
/// The orchestration's history: of the warm-up conference (fewer invitees, the same 16-shard mailing) and of the
/// measured one after its invitations, then at the end (each deputy named wakes the orchestration once more).
/// </summary>
internal sealed record HistoryReport(
    int WarmUpInvitees,
    HistorySize WarmUpAfterInvitations,
    int Invitees,
    HistorySize AfterInvitations,
    HistorySize AtEnd)
{
    public bool IndependentOfInvitees => AfterInvitations.Decisions <= WarmUpAfterInvitations.Decisions;
}

/// <summary>
/// The sample's design (one activity per invitation) against the app's (sixteen mailing shards of batched e-mails) for
/// the same number of invitations: the lifecycle conference's invitation time.
/// </summary>
/// <param name="Ratio">The sample's seconds divided by the app's; above 1, the app's design is faster.</param>
internal sealed record SampleReport(int Invitations, double? SampleSeconds, double? AppSeconds, double? Ratio)
{
    public static SampleReport From(SampleResult sample, InvitationResult app) => new(
        sample.Invitations,
        sample.Seconds,
        app.SecondsToLastDelivery,
        sample.Seconds is { } s && app.SecondsToLastDelivery is { } a && a > 0 ? Math.Round(s / a, 2) : null);
}

/// <summary>Peak resident memory (VmHWM) of the app and of Azurite, after the measured conference (before the lifecycle one).</summary>
internal sealed record MemoryReport(double? AppPeakWorkingSetMb, double? AzuritePeakRssMb);

internal sealed record CpuReport(CpuUse Invitations, CpuUse Answers);

internal sealed record TargetResult(string Name, string Target, double Value, bool Pass)
{
    /// <summary>The targets on this machine (2 cores), and the correctness checks.</summary>
    public static IReadOnlyList<TargetResult> Evaluate(BenchmarkReport r) =>
    [
        new("invitations_seconds", "<= 30 (every invitation in the mailbox)", r.Invitations.SecondsToLastDelivery ?? -1,
            r.Invitations.SecondsToLastDelivery is <= 30),
        new("confirmations_per_s", ">= 300 at concurrency 50", r.Answers.ConfirmationsPerSecond, r.Answers.ConfirmationsPerSecond >= 300),
        new("answer_p99_ms", "<= 250", r.Answers.LatencyMilliseconds.P99, r.Answers.LatencyMilliseconds.P99 <= 250),
        new("lost", "0 (every accepted answer in the roll)", r.Roll.Lost, r.Roll.Lost == 0 && r.Roll.CountsMatch),
        new("duplicated", "0 (one e-mail per key, one invitation per invitee and deputy)", r.Duplicates.Duplicated, r.Duplicates.Duplicated == 0),
        new("app_peak_working_set_mb", "<= 400", r.Memory.AppPeakWorkingSetMb ?? -1, r.Memory.AppPeakWorkingSetMb is <= 400),
        new("all_done", "every invitation and deputy invitation delivered, every answer accepted",
            r.Invitations.Delivered + r.Deputies.Invited + r.Answers.Succeeded,
            r.Invitations.Delivered == r.Invitations.Expected && r.Deputies.Invited == r.Deputies.Expected
                && r.Answers.Failed == 0 && r.Duplicates.InviteesWithoutInvitation == 0),
        new("history_independent_of_invitees", $"events (step markers aside) after inviting {r.History.Invitees} <= after inviting {r.History.WarmUpInvitees}",
            r.History.AfterInvitations.Decisions, r.History.IndependentOfInvitees),
    ];
}

[JsonSerializable(typeof(BenchmarkReport))]
internal sealed partial class ReportJson : JsonSerializerContext
{
    /// <summary>snake_case names; '&lt;', '&gt;' and quotes written as themselves (the line is read by people and jq, not embedded in HTML).</summary>
    public static ReportJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
