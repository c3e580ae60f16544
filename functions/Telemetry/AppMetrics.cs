using System.Diagnostics.Metrics;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// The app's own instruments, on the meter <see cref="MeterName"/> (made through <see cref="IMeterFactory"/>, so each
/// host has its own). Tags are bounded sets (orchestrator and activity names, statuses, e-mail purposes, answers):
/// never an id, an address or a name.
/// </summary>
public sealed class AppMetrics
{
    /// <summary>The meter's name, as exporters and dashboards select it.</summary>
    public const string MeterName = "HdndWorkflow";

    private readonly Counter<long> _orchestrationsStarted;
    private readonly Counter<long> _orchestrationsFinished;
    private readonly Histogram<double> _activityDuration;
    private readonly Counter<long> _emailsSent;
    private readonly Counter<long> _emailsFailed;
    private readonly Counter<long> _answersRecorded;

    public AppMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        _orchestrationsStarted = Meter.CreateCounter<long>("hdnd.orchestrations.started", "{orchestration}", "Orchestration instances that began their first episode.");
        _orchestrationsFinished = Meter.CreateCounter<long>("hdnd.orchestrations.finished", "{orchestration}", "Orchestration instances that ended, by final status.");
        _activityDuration = Meter.CreateHistogram<double>("hdnd.activity.duration", "s", "How long one activity execution took, by activity and outcome.");
        _emailsSent = Meter.CreateCounter<long>("hdnd.emails.sent", "{email}", "E-mails handed to the provider, by purpose (each idempotency key once).");
        _emailsFailed = Meter.CreateCounter<long>("hdnd.emails.failed", "{email}", "E-mails of a send that the provider refused or could not take, by purpose; the activity retries them.");
        _answersRecorded = Meter.CreateCounter<long>("hdnd.answers.recorded", "{answer}", "Invitees' answers recorded through their personal links, by answer.");
    }

    /// <summary>The meter, for instruments observed elsewhere (the task hub's queue depth).</summary>
    public Meter Meter { get; }

    public void OrchestrationStarted(string orchestration) =>
        _orchestrationsStarted.Add(1, new KeyValuePair<string, object?>("orchestration", orchestration));

    public void OrchestrationFinished(string orchestration, string status) =>
        _orchestrationsFinished.Add(1, new("orchestration", orchestration), new("status", status));

    public void ActivityExecuted(string activity, string outcome, TimeSpan duration) =>
        _activityDuration.Record(duration.TotalSeconds, new("activity", activity), new("outcome", outcome));

    public void EmailsSent(string purpose, int count) =>
        _emailsSent.Add(count, new KeyValuePair<string, object?>("purpose", purpose));

    public void EmailsFailed(string purpose, string reason, int count) =>
        _emailsFailed.Add(count, new("purpose", purpose), new("reason", reason));

    public void AnswerRecorded(string answer) =>
        _answersRecorded.Add(1, new KeyValuePair<string, object?>("answer", answer));
}
