using Ical.Net;

namespace HdndWorkflow.Email.Inbound;

/// <summary>
/// An iTIP REPLY (RFC 5546 §3.2.3), what Outlook, Gmail and Apple Calendar send the organizer when Accept, Tentative
/// or Decline is pressed: the event's UID and SEQUENCE, the attendee who answered and the answer (PARTSTAT).
/// </summary>
public sealed record CalendarReply(string Uid, int Sequence, string Attendee, CalendarAnswer Answer)
{
    /// <summary>
    /// The REPLY in <paramref name="ics"/>, read with Ical.Net; null when the object is not a calendar, not a REPLY, has
    /// no event or attendee, or says something other than accepted, tentative or declined (NEEDS-ACTION, DELEGATED).
    /// </summary>
    public static CalendarReply? Read(byte[] ics)
    {
        ArgumentNullException.ThrowIfNull(ics);
        try
        {
            // Ical.Net parses some values only when they are read: everything is read in here.
            return FromCalendar(Calendar.Load(System.Text.Encoding.UTF8.GetString(ics)));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException or OverflowException or System.Runtime.Serialization.SerializationException)
        {
            // Ical.Net reports malformed input with several exception types; for a reply, all mean "not a REPLY".
            return null;
        }
    }

    private static CalendarReply? FromCalendar(Calendar? calendar)
    {
        if (calendar is null || !string.Equals(calendar.Method, "REPLY", StringComparison.OrdinalIgnoreCase)
            || calendar.Events.FirstOrDefault() is not { Uid: { Length: > 0 } uid } calendarEvent
            || calendarEvent.Attendees.FirstOrDefault() is not { Value: { } address } attendee)
        {
            return null;
        }

        CalendarAnswer? answer = attendee.ParticipationStatus?.ToUpperInvariant() switch
        {
            "ACCEPTED" => CalendarAnswer.Accepted,
            "TENTATIVE" => CalendarAnswer.Tentative,
            "DECLINED" => CalendarAnswer.Declined,
            _ => null,
        };
        var mailbox = address.Scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase) ? Uri.UnescapeDataString(address.OriginalString[(address.Scheme.Length + 1)..]) : null;
        return answer is null || string.IsNullOrWhiteSpace(mailbox) ? null : new CalendarReply(uid, calendarEvent.Sequence, mailbox.Trim(), answer.Value);
    }
}

/// <summary>The attendee's answer in a calendar REPLY.</summary>
public enum CalendarAnswer
{
    Accepted,
    Tentative,
    Declined,
}
