using System.Globalization;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>
/// The field paths validation errors refer to, in the camelCase JSON shape of <see cref="Conference"/>
/// ("council.name", "invitees[2].email"), so an API can hand them back as they are.
/// </summary>
public static class ConferenceFields
{
    public const string Id = "id";
    public const string CouncilId = "council.id";
    public const string CouncilName = "council.name";
    public const string CouncilUnit = "council.unit";
    public const string CouncilOrganizer = "council.organizerOffice";
    public const string Kind = "kind";
    public const string Scope = "scope";
    public const string Ordinal = "ordinal";
    public const string OwnTitle = "ownTitle";
    public const string ScheduleDate = "schedule.date";
    public const string ScheduleEnd = "schedule.end";
    public const string RegistrationDeadline = "registrationDeadline";
    public const string VenueName = "venue.name";
    public const string VenueAddress = "venue.address";
    public const string CoChairs = "coChairs";
    public const string Agenda = "agenda";
    public const string Invitees = "invitees";
    public const string Reminders = "reminders";
    public const string Status = "status";
    public const string InviteeId = "inviteeId";
    public const string Response = "response";
    public const string DeputyName = "response.deputy.name";
    public const string DeputyTitle = "response.deputy.title";
    public const string DeputyEmail = "response.deputy.email";
    public const string DeclineReason = "reason";

    public static string CoChair(int index, string field) => Indexed(CoChairs, index, field);

    public static string CoChairTitle(int index, int titleIndex) => $"{Indexed(CoChairs, index, "titles")}[{titleIndex}]";

    public static string AgendaItem(int index, string field) => Indexed(Agenda, index, field);

    public static string Invitee(int index, string field) => Indexed(Invitees, index, field);

    public static string Reminder(int index) => string.Create(CultureInfo.InvariantCulture, $"{Reminders}[{index}]");

    private static string Indexed(string list, int index, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}");
}
