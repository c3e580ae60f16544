using System.Text;
using NodaTime;
using NodaTime.Text;

namespace HdndWorkflow.Domain.Calendar;

/// <summary>
/// Writes an iTIP message (RFC 5546) for one event and one attendee as an RFC 5545 iCalendar object: UTF-8, CRLF line
/// ends, lines folded at 75 octets. Pure: the same input gives the same bytes.
/// </summary>
/// <remarks>
/// What Outlook and Gmail need to show Accept / Decline (or, for CANCEL, to remove the event):
/// <list type="bullet">
/// <item>METHOD:REQUEST (or CANCEL) in the VCALENDAR and the same method in the MIME type of the calendar part,
/// <c>text/calendar; method=REQUEST</c> (RFC 6047 §2.4; see <see cref="CalendarMethods.ContentType"/>). Gmail reads
/// the text/calendar part of the message's multipart/alternative; a bare .ics attachment only offers "add to
/// calendar".</item>
/// <item>An ORGANIZER with a mailto address that is not the recipient's: a client that finds itself the organizer
/// treats the message as its own meeting and shows no response buttons.</item>
/// <item>The recipient listed as ATTENDEE with RSVP=TRUE and PARTSTAT=NEEDS-ACTION: Gmail offers "Going? Yes / No /
/// Maybe" only to an address it finds among the attendees, and replies go to the organizer's address.</item>
/// <item>A UID that stays the same for the conference (across recipients and revisions) and a SEQUENCE that grows:
/// updates replace the event in place, and a CANCEL with the same UID removes it.</item>
/// </list>
/// Times are written in UTC (RFC 5545 §3.3.5, form #2) rather than with a VTIMEZONE for Asia/Ho_Chi_Minh. Both mean
/// the same instant, but UTC is the form every client reads the same way: Outlook maps a VTIMEZONE onto a Windows
/// zone by its rules and may show an unknown "custom" zone or shift the time when the TZID is an IANA name it does not
/// know, and Gmail ignores the VTIMEZONE body in favour of its own zone database. The event is a single occurrence in
/// a zone without daylight saving (none since 1975), so a local-time form would add nothing. Each client shows the
/// time in its user's zone; the DESCRIPTION states the Vietnam local time in words.
/// </remarks>
public static class CalendarWriter
{
    /// <summary>The PRODID: who wrote the object (RFC 5545 §3.7.3).</summary>
    public const string ProductId = "-//HdndWorkflow//Giay moi hoi nghi HDND//VI";

    private static readonly InstantPattern UtcDateTime = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>The iCalendar object as text with CRLF line ends.</summary>
    public static string Write(CalendarMethod method, CalendarEvent calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        Validate(calendarEvent);
        var e = calendarEvent;
        var output = new StringBuilder(1024);
        void Line(string line) => ContentLines.AppendFolded(output, line);

        Line("BEGIN:VCALENDAR");
        Line("PRODID:" + ProductId);
        Line("VERSION:2.0");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:" + method.Name());
        Line("BEGIN:VEVENT");
        Line("UID:" + e.Uid);
        Line("SEQUENCE:" + e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line("DTSTAMP:" + Utc(e.Stamp));
        Line("DTSTART:" + Utc(e.Start));
        Line("DTEND:" + Utc(e.End));
        Line("SUMMARY:" + ContentLines.Text(e.Summary));
        if (!string.IsNullOrWhiteSpace(e.Location))
        {
            Line("LOCATION:" + ContentLines.Text(e.Location));
        }

        if (!string.IsNullOrWhiteSpace(e.Description))
        {
            Line("DESCRIPTION:" + ContentLines.Text(e.Description));
        }

        if (e.Url is not null)
        {
            Line("URL:" + e.Url.AbsoluteUri);
        }

        Line($"ORGANIZER;CN={ContentLines.ParameterValue(e.Organizer.Name)}:mailto:{e.Organizer.Email.Value}");
        Line(method == CalendarMethod.Request
            ? $"ATTENDEE;CN={ContentLines.ParameterValue(e.Attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{e.Attendee.Email.Value}"
            : $"ATTENDEE;CN={ContentLines.ParameterValue(e.Attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{e.Attendee.Email.Value}");
        Line("STATUS:" + (method == CalendarMethod.Request ? "CONFIRMED" : "CANCELLED"));
        Line("TRANSP:OPAQUE");
        Line("END:VEVENT");
        Line("END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>The iCalendar object as UTF-8 bytes without a byte-order mark, ready to attach.</summary>
    public static byte[] WriteUtf8(CalendarMethod method, CalendarEvent calendarEvent) =>
        Encoding.UTF8.GetBytes(Write(method, calendarEvent));

    private static string Utc(Instant instant) => UtcDateTime.Format(instant);

    private static void Validate(CalendarEvent e)
    {
        if (string.IsNullOrWhiteSpace(e.Uid) || e.Uid.Any(char.IsControl))
        {
            throw new ArgumentException("The UID must be non-empty and hold no control characters.", nameof(e));
        }

        if (e.Sequence < 0)
        {
            throw new ArgumentException($"SEQUENCE is {e.Sequence}; it starts at 0.", nameof(e));
        }

        if (e.End <= e.Start)
        {
            throw new ArgumentException("The event must end after it starts.", nameof(e));
        }

        if (string.IsNullOrWhiteSpace(e.Summary))
        {
            throw new ArgumentException("The SUMMARY must not be empty.", nameof(e));
        }

        foreach (var (party, role) in new[] { (e.Organizer, "organizer"), (e.Attendee, "attendee") })
        {
            ArgumentNullException.ThrowIfNull(party, role);
            if (!party.Email.IsWellFormed)
            {
                throw new ArgumentException($"The {role}'s address '{party.Email}' is not a well-formed e-mail address.", nameof(e));
            }
        }

        if (e.Organizer.Email == e.Attendee.Email)
        {
            throw new ArgumentException(
                "The organizer and the attendee have the same address; Outlook and Gmail then treat the recipient as the organizer and show no Accept/Decline buttons.",
                nameof(e));
        }
    }
}
