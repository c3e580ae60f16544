using NodaTime;

namespace HdndWorkflow.Domain.Calendar;

/// <summary>
/// One conference as an iCalendar VEVENT addressed to one attendee. <see cref="Uid"/> identifies the conference (the
/// same for every recipient and every revision), <see cref="Sequence"/> its version: clients replace an event they
/// hold only with one of the same UID and a higher (or equal) SEQUENCE.
/// </summary>
public sealed record CalendarEvent
{
    /// <summary>Globally unique and stable per conference, e.g. "6f1c…@hdndworkflow".</summary>
    public required string Uid { get; init; }

    /// <summary>The revision: 0 for the first invitation, higher for each update and for the cancellation.</summary>
    public required int Sequence { get; init; }

    /// <summary>When this version of the message was created (DTSTAMP); passed in, the domain reads no clock.</summary>
    public required Instant Stamp { get; init; }

    public required Instant Start { get; init; }

    public required Instant End { get; init; }

    public required string Summary { get; init; }

    public string? Location { get; init; }

    /// <summary>Plain text; line breaks are kept (written as \n).</summary>
    public string? Description { get; init; }

    /// <summary>A link for the event, e.g. the attendee's personal confirmation page.</summary>
    public Uri? Url { get; init; }

    /// <summary>Who sends the invitation and receives the replies. Must not be the attendee (see <see cref="CalendarWriter"/>).</summary>
    public required CalendarParty Organizer { get; init; }

    /// <summary>The recipient of this copy of the invitation.</summary>
    public required CalendarParty Attendee { get; init; }
}
