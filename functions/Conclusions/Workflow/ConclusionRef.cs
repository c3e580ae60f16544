using System.Text.Json.Serialization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>The conclusion an orchestration or activity works on: the conference's, stored in its council's partition.</summary>
public sealed record ConclusionRef(Guid Conference, string Council)
{
    [JsonIgnore]
    public ConferenceId ConferenceId => new(Conference);

    [JsonIgnore]
    public CouncilId CouncilId => new(Council);
}

/// <summary>
/// The event that tells the orchestration in charge of a conclusion that the stored conclusion changed (outcome
/// recorded, draft edited or submitted, a decision, a correction or withdrawal asked for). The stored conclusion is
/// the truth: the orchestration reloads it, so the event only says what happened, for the history.
/// </summary>
public sealed record ConclusionChange(string What)
{
    public const string EventName = nameof(ConclusionChange);

    /// <summary>The organizer submitted the latest revision for review.</summary>
    public const string Submitted = "submitted";

    /// <summary>An approver approved the revision under review.</summary>
    public const string Approved = "approved";
}

/// <summary>The timers of <see cref="ConclusionOptions"/>, read by an activity so the orchestration stays deterministic.</summary>
public sealed record ConclusionTimings(
    TimeSpan OutcomeReminderAfter, int OutcomeReminders, TimeSpan ReviewReminderAfter, int ReviewReminders, TimeSpan EscalateAfter)
{
    public static ConclusionTimings From(ConclusionOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.OutcomeReminderAfter, o.OutcomeReminders, o.ReviewReminderAfter, o.ReviewReminders, o.EscalateAfter);
    }
}

/// <summary>The stored conclusion as the orchestration needs it to decide its next step.</summary>
/// <param name="Review">The request pending with the approvers: its round and when it was made.</param>
/// <param name="Refused">The round whose request the approvers just refused (changes requested), if that is the latest news.</param>
public sealed record ConclusionPlan(
    bool Exists,
    string Status,
    bool HasOutcome,
    int Revision,
    int ApprovedRevision,
    int PublishedRevision,
    bool Numbered,
    DateTime HeldAt,
    PendingReview? Review,
    int? Refused,
    string Instance,
    ConclusionTimings Timings,
    Functions.Workflow.WorkflowTime Time);

/// <summary>A request pending with the approvers.</summary>
public sealed record PendingReview(int Round, DateTime At);

/// <summary>Which e-mail a <see cref="SendConclusionMail"/> call sends.</summary>
public enum ConclusionMailKind
{
    /// <summary>To the organizers: the outcome is still to be recorded (<see cref="ConclusionMail.Number"/>th reminder).</summary>
    OutcomeReminder,

    /// <summary>To the approvers: a draft, correction or withdrawal awaits their decision, with the review link.</summary>
    ReviewRequest,

    /// <summary>To the approvers: the request of the round is still undecided.</summary>
    ReviewReminder,

    /// <summary>To the council's chair: the review of the round has stalled.</summary>
    Escalation,

    /// <summary>To the organizers: the approver requested changes or refused, with the comments.</summary>
    Refusal,
}

/// <summary>Input of <see cref="SendConclusionMail"/>.</summary>
/// <param name="Round">The review round the mail concerns (0 for outcome reminders).</param>
/// <param name="Number">Which reminder of its kind (1 = first).</param>
public sealed record ConclusionMail(ConclusionRef Conclusion, ConclusionMailKind Kind, int Round, int Number = 1);

/// <summary>The orchestration's custom status: where the conclusion is and what the workflow waits for.</summary>
public sealed record ConclusionProgress(string Status, int Revision, string Next, DateTime? NextAt);
