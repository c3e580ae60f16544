using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>
/// When to remind invitees who have not answered: at given durations before the registration deadline
/// (by default three days and one day before).
/// </summary>
public sealed record ReminderPolicy(IReadOnlyList<Duration> BeforeDeadline)
{
    public static ReminderPolicy Default { get; } = new([Duration.FromDays(3), Duration.FromDays(1)]);

    public static ReminderPolicy None { get; } = new([]);

    /// <summary>
    /// The reminder instants still ahead of <paramref name="now"/>, earliest first, without duplicates, and never at
    /// or after the deadline (non-positive durations are ignored; the validator reports them).
    /// </summary>
    public IReadOnlyList<Instant> RemindersAfter(Instant deadline, Instant now) =>
    [
        .. BeforeDeadline
            .Where(before => before > Duration.Zero)
            .Select(before => deadline - before)
            .Where(at => at > now)
            .Distinct()
            .Order(),
    ];

    /// <summary>The next reminder after <paramref name="now"/>, or null when none is left.</summary>
    public Instant? NextReminder(Instant deadline, Instant now) =>
        RemindersAfter(deadline, now) is [var first, ..] ? first : null;
}
