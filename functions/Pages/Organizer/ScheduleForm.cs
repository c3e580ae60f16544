using System.Globalization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>The reschedule form: the new day, times and registration deadline, kept as typed.</summary>
public sealed class ScheduleForm
{
    public string? Date { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? DeadlineDate { get; set; }

    public string? DeadlineTime { get; set; }

    public static ScheduleForm From(Conference conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        var deadline = conference.RegistrationDeadline.Local;
        return new ScheduleForm
        {
            Date = conference.Schedule.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            Start = conference.Schedule.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            End = conference.Schedule.End.ToString("HH:mm", CultureInfo.InvariantCulture),
            DeadlineDate = deadline.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            DeadlineTime = deadline.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    public RescheduleInput ToInput() => new(
        ConferenceForm.IsoDate(Date),
        Start,
        End,
        string.IsNullOrWhiteSpace(DeadlineDate) || string.IsNullOrWhiteSpace(DeadlineTime) ? string.Empty : $"{ConferenceForm.IsoDate(DeadlineDate)}T{DeadlineTime.Trim()}");
}
