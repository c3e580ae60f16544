using System.Globalization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Domain.Calendar;

/// <summary>A conference as the calendar event sent to one invitee with the invitation, an update or the cancellation.</summary>
public static class ConferenceCalendar
{
    /// <summary>The event's UID: one per conference, shared by every recipient and every revision.</summary>
    public static string Uid(ConferenceId id) => $"{id.Value.ToString("D", CultureInfo.InvariantCulture)}@hdndworkflow";

    /// <summary>
    /// The SEQUENCE for a message about the conference: its <see cref="Conference.Revision"/> for invitations and
    /// updates (each reschedule increments it), and one more than that for the cancellation, so that the CANCEL is
    /// newer than every REQUEST sent before it.
    /// </summary>
    public static int Sequence(Conference conference, CalendarMethod method)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return method == CalendarMethod.Cancel ? conference.Revision + 1 : conference.Revision;
    }

    /// <summary>
    /// The event for <paramref name="invitee"/>: REQUEST for the invitation and for updates, CANCEL once the
    /// conference is cancelled. <paramref name="stamp"/> is when the message is created (the caller's clock);
    /// <paramref name="confirmationLink"/>, when given, is the invitee's personal confirmation page.
    /// </summary>
    public static CalendarEvent For(
        Conference conference, Invitee invitee, CalendarMethod method, CalendarParty organizer, Instant stamp, Uri? confirmationLink = null)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(invitee);
        ArgumentNullException.ThrowIfNull(organizer);
        return new CalendarEvent
        {
            Uid = Uid(conference.Id),
            Sequence = Sequence(conference, method),
            Stamp = stamp,
            Start = conference.Schedule.StartInstant,
            End = conference.Schedule.EndInstant,
            Summary = conference.Title,
            Location = conference.Venue?.ToString(),
            Description = Description(conference, method, confirmationLink),
            Url = method == CalendarMethod.Request ? confirmationLink : null,
            Organizer = organizer,
            Attendee = new CalendarParty(invitee.Name, invitee.Email),
        };
    }

    private static string Description(Conference conference, CalendarMethod method, Uri? confirmationLink)
    {
        var lines = new List<string>();
        if (method == CalendarMethod.Cancel)
        {
            lines.Add(Messages.CalendarCancelled);
        }

        lines.Add(conference.Title);
        lines.Add($"{Messages.CalendarTime}: {conference.Schedule.TimeLine}");
        if (conference.Venue is { } venue)
        {
            lines.Add($"{Messages.CalendarPlace}: {venue}");
        }

        if (conference.CoChairs.Count > 0)
        {
            lines.Add($"{Messages.CalendarCoChairs}: {string.Join("; ", conference.CoChairs)}");
        }

        if (method == CalendarMethod.Request && confirmationLink is not null)
        {
            lines.Add($"{Messages.CalendarConfirm}: {confirmationLink.AbsoluteUri}");
        }

        return string.Join('\n', lines);
    }
}
