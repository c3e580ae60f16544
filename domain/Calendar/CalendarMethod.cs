namespace HdndWorkflow.Domain.Calendar;

/// <summary>
/// The iTIP method (RFC 5546) of a calendar message: what the recipient's calendar should do with the event.
/// </summary>
public enum CalendarMethod
{
    /// <summary>An invitation or an update of one (a higher SEQUENCE replaces the earlier version): METHOD:REQUEST.</summary>
    Request,

    /// <summary>The event is cancelled: METHOD:CANCEL, STATUS:CANCELLED.</summary>
    Cancel,
}

/// <summary>The iCalendar and MIME spellings of a <see cref="CalendarMethod"/>.</summary>
public static class CalendarMethods
{
    /// <summary>"REQUEST" or "CANCEL", as written in METHOD and in the MIME type's method parameter.</summary>
    public static string Name(this CalendarMethod method) => method switch
    {
        CalendarMethod.Request => "REQUEST",
        CalendarMethod.Cancel => "CANCEL",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown calendar method."),
    };

    /// <summary>
    /// The MIME type of the calendar part, <c>text/calendar; method=REQUEST</c>. RFC 6047 requires the method parameter
    /// to repeat the iCalendar METHOD, and Outlook and Gmail only offer Accept/Decline (or remove a cancelled event) for
    /// a text/calendar part that carries it.
    /// </summary>
    public static string ContentType(this CalendarMethod method) => $"text/calendar; method={method.Name()}";
}
