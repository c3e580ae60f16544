using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>What the conference's workflow does next, and when.</summary>
public abstract record WorkflowStep(Instant At)
{
    /// <summary>Remind those who have not answered; <see cref="Before"/> says how long before the deadline.</summary>
    public sealed record Remind(Instant At, Duration Before) : WorkflowStep(At)
    {
        /// <summary>Names the reminder, so that each is sent once per revision: "reminder-72h".</summary>
        public string Purpose => $"reminder-{(long)Before.TotalHours}h";
    }

    /// <summary>The deadline: registration closes and the roll is frozen.</summary>
    public sealed record CloseRegistration(Instant At) : WorkflowStep(At);

    /// <summary>The conference has ended: it is held, and drafting its conclusion begins.</summary>
    public sealed record Conclude(Instant At) : WorkflowStep(At);
}

/// <summary>The conference's timeline as the workflow walks it: reminders, then the deadline, then the end.</summary>
public static class ConferenceTimeline
{
    /// <summary>
    /// The next step after <paramref name="now"/>: the earliest reminder still ahead (while registration is open), else
    /// the deadline (when registration is still open), else the end of the conference. A step already due has
    /// <see cref="WorkflowStep.At"/> at or before now.
    /// </summary>
    public static WorkflowStep Next(Conference conference, Instant now, bool registrationClosed)
    {
        ArgumentNullException.ThrowIfNull(conference);
        if (!registrationClosed)
        {
            var deadline = conference.RegistrationDeadline.Instant;
            return conference.Reminders.NextReminder(deadline, now) is { } at
                ? new WorkflowStep.Remind(at, deadline - at)
                : new WorkflowStep.CloseRegistration(deadline);
        }

        return new WorkflowStep.Conclude(conference.Schedule.EndInstant);
    }
}
