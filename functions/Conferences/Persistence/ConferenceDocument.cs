using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using NodaTime;
using NodaTime.Text;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>
/// A conference as stored (invitees apart, one row each): plain JSON-friendly fields, so the domain stays free of
/// serialisation concerns and the stored form changes only on purpose. <see cref="OwnTitle"/> came later: conferences
/// stored before it read without one.
/// </summary>
internal sealed record ConferenceDocument(
    Guid Id,
    string CouncilId,
    string CouncilName,
    string CouncilUnit,
    string OrganizerOffice,
    string Kind,
    string Scope,
    int Ordinal,
    string Date,
    string Start,
    string End,
    string? VenueName,
    string? VenueAddress,
    IReadOnlyList<CoChairDocument> CoChairs,
    IReadOnlyList<AgendaDocument> Agenda,
    string Deadline,
    IReadOnlyList<long> ReminderMinutesBeforeDeadline,
    string Status,
    int Revision,
    string? OwnTitle = null)
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static ConferenceDocument From(Conference conference) => new(
        conference.Id.Value,
        conference.Council.Id.Value,
        conference.Council.Name,
        conference.Council.Unit.ToString(),
        conference.Council.OrganizerOffice,
        conference.Kind.ToString(),
        conference.Scope.ToString(),
        conference.Ordinal,
        DatePattern.Format(conference.Schedule.Date),
        TimePattern.Format(conference.Schedule.Start),
        TimePattern.Format(conference.Schedule.End),
        conference.Venue?.Name,
        conference.Venue?.Address,
        [.. conference.CoChairs.Select(c => new CoChairDocument(c.Name, [.. c.Titles.Select(t => new TitleDocument(t.Text, t.Kind.ToString()))]))],
        [.. conference.Agenda.Select(a => new AgendaDocument(a.Title, a.Presenter, a.Start is { } s ? TimePattern.Format(s) : null))],
        DateTimePattern.Format(conference.RegistrationDeadline.Local),
        [.. conference.Reminders.BeforeDeadline.Select(d => (long)d.TotalMinutes)],
        conference.Status.ToString(),
        conference.Revision,
        conference.OwnTitle);

    /// <summary>The conference, with the invitees stored beside it.</summary>
    public Conference ToConference(IReadOnlyList<Domain.Invitations.Invitee> invitees) => new()
    {
        Id = new ConferenceId(Id),
        Council = new Council(new CouncilId(CouncilId), CouncilName, Enum.Parse<AdministrativeUnitKind>(CouncilUnit), OrganizerOffice),
        Kind = Enum.Parse<ConferenceKind>(Kind),
        Scope = Enum.Parse<ConferenceScope>(Scope),
        Ordinal = Ordinal,
        OwnTitle = OwnTitle,
        Schedule = new Schedule(DatePattern.Parse(Date).Value, TimePattern.Parse(Start).Value, TimePattern.Parse(End).Value),
        Venue = VenueName is null ? null : new Venue(VenueName, VenueAddress),
        CoChairs = [.. CoChairs.Select(c => new CoChair(c.Name, [.. c.Titles.Select(t => new OfficialTitle(t.Text, Enum.Parse<TitleKind>(t.Kind)))]))],
        Agenda = [.. Agenda.Select(a => new AgendaItem(a.Title, a.Presenter, a.Start is null ? null : TimePattern.Parse(a.Start).Value))],
        Invitees = invitees,
        RegistrationDeadline = new RegistrationDeadline(DateTimePattern.Parse(Deadline).Value),
        Reminders = new ReminderPolicy([.. ReminderMinutesBeforeDeadline.Select(m => Duration.FromMinutes(m))]),
        Status = Enum.Parse<ConferenceStatus>(Status),
        Revision = Revision,
    };
}

internal sealed record CoChairDocument(string Name, IReadOnlyList<TitleDocument> Titles);

internal sealed record TitleDocument(string Text, string Kind);

internal sealed record AgendaDocument(string Title, string? Presenter, string? Start);

/// <summary>Formats for stored values that are not JSON documents.</summary>
internal static class StoredFormats
{
    public static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
