namespace HdndWorkflow.Domain.Calendar;

/// <summary>Someone named in a calendar event: the organizer or the attendee, by display name and address.</summary>
public sealed record CalendarParty(string Name, EmailAddress Email);
