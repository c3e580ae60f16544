using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>Status changes. Each returns the changed conference or the Vietnamese reason it cannot change.</summary>
public sealed partial record Conference
{
    /// <summary>Draft → Inviting, once the conference is valid and its deadline is still ahead.</summary>
    public Result<Conference> StartInviting(Instant now)
    {
        if (Status != ConferenceStatus.Draft)
        {
            return Result.Failure<Conference>(ConferenceFields.Status, Messages.NotDraft);
        }

        var errors = Validate();
        if (errors.Count > 0)
        {
            return Result.Failure<Conference>(errors);
        }

        return RegistrationDeadline.HasPassed(now)
            ? Result.Failure<Conference>(ConferenceFields.RegistrationDeadline, Messages.DeadlinePassedBeforeInviting)
            : Result.Success(this with { Status = ConferenceStatus.Inviting });
    }

    /// <summary>Inviting → RegistrationClosed, when the deadline passes or the organizer closes early.</summary>
    public Result<Conference> CloseRegistration() =>
        Status == ConferenceStatus.Inviting
            ? Result.Success(this with { Status = ConferenceStatus.RegistrationClosed })
            : Result.Failure<Conference>(ConferenceFields.Status, Messages.NotInviting);

    /// <summary>Inviting or RegistrationClosed → Held, not before the start time.</summary>
    public Result<Conference> MarkHeld(Instant now)
    {
        if (Status is not (ConferenceStatus.Inviting or ConferenceStatus.RegistrationClosed))
        {
            return Result.Failure<Conference>(ConferenceFields.Status, Messages.CannotMarkHeld);
        }

        return now < Schedule.StartInstant
            ? Result.Failure<Conference>(ConferenceFields.Status, Messages.NotStartedYet)
            : Result.Success(this with { Status = ConferenceStatus.Held });
    }

    /// <summary>Any status except Held and Cancelled → Cancelled.</summary>
    public Result<Conference> Cancel() => Status switch
    {
        ConferenceStatus.Held => Result.Failure<Conference>(ConferenceFields.Status, Messages.AlreadyHeld),
        ConferenceStatus.Cancelled => Result.Failure<Conference>(ConferenceFields.Status, Messages.AlreadyCancelled),
        _ => Result.Success(this with { Status = ConferenceStatus.Cancelled }),
    };

    /// <summary>
    /// Moves the conference to a new schedule and deadline and increments <see cref="Revision"/>. A conference whose
    /// registration had closed opens again when the new deadline is still ahead. Moving it to the schedule and deadline
    /// it has, without reopening it, changes nothing: a request sent twice is one reschedule, one update to each invitee.
    /// </summary>
    public Result<Conference> Reschedule(Schedule schedule, RegistrationDeadline deadline, Instant now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(deadline);
        if (Status is ConferenceStatus.Held or ConferenceStatus.Cancelled)
        {
            return Result.Failure<Conference>(
                ConferenceFields.Status,
                Status == ConferenceStatus.Held ? Messages.AlreadyHeld : Messages.AlreadyCancelled);
        }

        var reopen = Status == ConferenceStatus.RegistrationClosed && !deadline.HasPassed(now);
        if (schedule == Schedule && deadline == RegistrationDeadline && !reopen)
        {
            return Result.Success(this);
        }

        var moved = this with
        {
            Schedule = schedule,
            RegistrationDeadline = deadline,
            Revision = Revision + 1,
            Status = reopen ? ConferenceStatus.Inviting : Status,
        };
        var errors = moved.Validate();
        return errors.Count > 0 ? Result.Failure<Conference>(errors) : Result.Success(moved);
    }

    /// <summary>The reminder instants still ahead of <paramref name="now"/> under this conference's policy.</summary>
    public IReadOnlyList<Instant> RemindersAfter(Instant now) =>
        Status == ConferenceStatus.Inviting ? Reminders.RemindersAfter(RegistrationDeadline.Instant, now) : [];
}
