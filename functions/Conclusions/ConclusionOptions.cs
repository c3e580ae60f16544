using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Functions.Conclusions;

/// <summary>
/// The conclusion workflow's timers (configuration section <c>Conclusions</c>): when the organizer is reminded to
/// record the outcome, when the approvers are reminded of a review, and when a stalled review goes to the chair.
/// </summary>
public sealed class ConclusionOptions
{
    public const string Section = "Conclusions";

    /// <summary>After the conference is held, remind the organizers every this long until the outcome is recorded.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan OutcomeReminderAfter { get; init; } = TimeSpan.FromDays(2);

    /// <summary>At most this many outcome reminders.</summary>
    [Range(0, 10)]
    public int OutcomeReminders { get; init; } = 3;

    /// <summary>After a submission (or a correction or withdrawal request), remind the approvers every this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan ReviewReminderAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>At most this many review reminders per round.</summary>
    [Range(0, 10)]
    public int ReviewReminders { get; init; } = 2;

    /// <summary>A review still undecided this long after submission is escalated to the council's chair (once per round).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan EscalateAfter { get; init; } = TimeSpan.FromDays(3);
}
