using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

public static partial class ConferenceValidator
{
    private static void CheckSchedule(Conference conference, List<ValidationError> errors)
    {
        var schedule = conference.Schedule;
        if (schedule.Date.Year is < InputLimits.FirstYear or > InputLimits.LastYear)
        {
            errors.Add(new(ConferenceFields.ScheduleDate, Messages.YearOutOfRange("Ngày họp")));
        }

        if (conference.RegistrationDeadline.Local.Year is < InputLimits.FirstYear or > InputLimits.LastYear)
        {
            errors.Add(new(ConferenceFields.RegistrationDeadline, Messages.YearOutOfRange("Hạn đăng ký")));
        }

        if (schedule.End <= schedule.Start)
        {
            errors.Add(new(ConferenceFields.ScheduleEnd, Messages.EndBeforeStart));
        }

        if (conference.RegistrationDeadline.Instant >= schedule.StartInstant)
        {
            errors.Add(new(ConferenceFields.RegistrationDeadline, Messages.DeadlineNotBeforeStart));
        }

        if (conference.Venue is { } venue && string.IsNullOrWhiteSpace(venue.Name))
        {
            errors.Add(new(ConferenceFields.VenueName, Messages.VenueNameRequired));
        }

        var reminders = conference.Reminders.BeforeDeadline;
        for (var i = 0; i < reminders.Count; i++)
        {
            if (reminders[i] <= Duration.Zero)
            {
                errors.Add(new(ConferenceFields.Reminder(i), Messages.ReminderNotBeforeDeadline));
            }
        }
    }
}
