using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences.Api;
using NodaTime.Text;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// The conference form as posted (create and edit): every value kept as typed, so that a refused form comes back
/// exactly as it was sent. Blank rows are left out before the input goes to the service, and the errors the service
/// reports about the remaining rows are translated back to the rows on the page.
/// </summary>
public sealed class ConferenceForm
{
    public string? CouncilId { get; set; }

    public string? Kind { get; set; }

    public string? Scope { get; set; }

    public string? Ordinal { get; set; }

    public string? OwnTitle { get; set; }

    public string? Date { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? VenueName { get; set; }

    public string? VenueAddress { get; set; }

    public List<CoChairRow> CoChairs { get; set; } = [];

    public List<AgendaRow> Agenda { get; set; } = [];

    public List<InviteeRow> Invitees { get; set; } = [];

    public string? DeadlineDate { get; set; }

    public string? DeadlineTime { get; set; }

    /// <summary>Hours before the deadline, "72, 24".</summary>
    public string? ReminderHours { get; set; }

    /// <summary>An empty form: two co-chairs, two agenda items, three invitees and the default reminders.</summary>
    public static ConferenceForm New(string? councilId) => new ConferenceForm
    {
        CouncilId = councilId,
        Kind = nameof(ConferenceKind.Briefing),
        Scope = nameof(ConferenceScope.WithLevelBelow),
        DeadlineTime = "17:00",
        ReminderHours = "72, 24",
    }.WithRows();

    /// <summary>The form filled in from a stored conference (for editing; the invitees are edited elsewhere).</summary>
    public static ConferenceForm From(Conference conference)
    {
        var c = ConferenceResponse.From(conference);
        var deadline = c.RegistrationDeadline.Split('T');
        return new ConferenceForm
        {
            CouncilId = c.CouncilId,
            Kind = c.Kind,
            Scope = c.Scope,
            Ordinal = c.Ordinal.ToString(CultureInfo.InvariantCulture),
            OwnTitle = c.OwnTitle,
            Date = c.Date,
            Start = c.Start,
            End = c.End,
            VenueName = c.Venue?.Name,
            VenueAddress = c.Venue?.Address,
            CoChairs = [.. c.CoChairs.Select(ch => new CoChairRow
            {
                Name = ch.Name,
                PartyTitles = string.Join('\n', ch.PartyTitles ?? []),
                StateTitles = string.Join('\n', ch.StateTitles ?? []),
            })],
            Agenda = [.. c.Agenda.Select(a => new AgendaRow { Title = a.Title, Presenter = a.Presenter, Start = a.Start })],
            DeadlineDate = deadline[0],
            DeadlineTime = deadline.Length > 1 ? deadline[1] : null,
            ReminderHours = string.Join(", ", c.ReminderHours.Select(h => h.ToString(CultureInfo.InvariantCulture))),
        }.WithRows();
    }

    /// <summary>Pads the lists to their minimum rows (two co-chairs, as conferences are co-chaired; one agenda item, one invitee).</summary>
    public ConferenceForm WithRows()
    {
        Pad(CoChairs, 2);
        Pad(Agenda, 2);
        Pad(Invitees, 3);
        return this;
    }

    /// <summary>Adds a blank row to a list, for the "add a row" buttons that work without scripts.</summary>
    public void AddRow(string? list)
    {
        switch (list)
        {
            case ConferenceFields.CoChairs:
                CoChairs.Add(new());
                break;
            case "agenda":
                Agenda.Add(new());
                break;
            case ConferenceFields.Invitees:
                Invitees.Add(new());
                break;
        }
    }

    /// <summary>The form as the service's input (blank rows left out), and the errors found in the form itself.</summary>
    public (ConferenceInput Input, IReadOnlyList<ValidationError> Errors) ToInput()
    {
        var errors = new List<ValidationError>();
        var reminders = ParseReminders(errors);
        var input = new ConferenceInput
        {
            CouncilId = CouncilId,
            Kind = Kind,
            Scope = Scope,
            Ordinal = int.TryParse(Ordinal, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ordinal) ? ordinal : 0,
            OwnTitle = OwnTitle,
            Date = IsoDate(Date),
            Start = Start,
            End = End,
            Venue = new VenueInput(VenueName, VenueAddress),
            CoChairs = [.. Filled(CoChairs).Select(c => new CoChairInput(c.Name, Lines(c.PartyTitles), Lines(c.StateTitles)))],
            Agenda = [.. Filled(Agenda).Select(a => new AgendaInput(a.Title, a.Presenter, a.Start))],
            Invitees = [.. Filled(Invitees).Select(i => i.ToInput())],
            RegistrationDeadline = string.IsNullOrWhiteSpace(DeadlineDate) || string.IsNullOrWhiteSpace(DeadlineTime)
                ? string.Empty
                : $"{IsoDate(DeadlineDate)}T{DeadlineTime.Trim()}",
            ReminderHours = reminders,
        };
        return (input, errors);
    }

    /// <summary>
    /// An error of the service as the page shows it: indexes of the filled rows turned back into the rows' places on
    /// the form, and the API's format hints replaced by the pages' own wording.
    /// </summary>
    public ValidationError Translate(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = Reindex(error.Field, ConferenceFields.CoChairs, CoChairs)
            ?? Reindex(error.Field, "agenda", Agenda)
            ?? Reindex(error.Field, ConferenceFields.Invitees, Invitees)
            ?? error.Field;
        return PageMessage(error with { Field = field });
    }

    /// <summary>
    /// The pages' wording for the API's messages about unreadable dates and times (which name ISO formats), saying
    /// which time it is, so that the summary of errors tells them apart.
    /// </summary>
    public static ValidationError PageMessage(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error with
        {
            Message = error.Message switch
            {
                InputTexts.DateInvalid => PageTexts.DateInvalid,
                InputTexts.DeadlineInvalid => PageTexts.DeadlineInvalid,
                InputTexts.TimeInvalid => PageTexts.TimeInvalid(error.Field switch
                {
                    "schedule.start" => "Giờ bắt đầu",
                    ConferenceFields.ScheduleEnd => "Giờ kết thúc",
                    _ => "Giờ bắt đầu của nội dung chương trình",
                }),
                _ => error.Message,
            },
        };
    }

    /// <summary>"05/08/2026" (as typed where the browser has no date picker) → "2026-08-05"; anything else unchanged.</summary>
    public static string? IsoDate(string? text)
    {
        var trimmed = text?.Trim();
        return LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu").Parse(trimmed ?? string.Empty) is { Success: true } parsed
            ? LocalDatePattern.Iso.Format(parsed.Value)
            : trimmed;
    }

    private List<int>? ParseReminders(List<ValidationError> errors)
    {
        var hours = new List<int>();
        foreach (var part in (ReminderHours ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour < 1 || hour > InputLimits.ReminderHours)
            {
                errors.Add(new ValidationError(ConferenceFields.Reminders, PageTexts.RemindersInvalid));
                return null;
            }

            hours.Add(hour);
        }

        return hours;
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static IEnumerable<T> Filled<T>(List<T> rows)
        where T : IFormRow => rows.Where(r => !r.IsBlank);

    private static void Pad<T>(List<T> rows, int minimum)
        where T : new()
    {
        while (rows.Count < minimum)
        {
            rows.Add(new T());
        }
    }

    // "invitees[2].email" where invitees[2] is the third filled row: the same row's index among all rows of the form.
    private static string? Reindex<T>(string field, string list, List<T> rows)
        where T : IFormRow
    {
        var prefix = list + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        if (close < 0 || !int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        var filled = rows.Select((row, i) => (row, i)).Where(p => !p.row.IsBlank).Select(p => p.i).ToList();
        return index < filled.Count ? $"{prefix}{filled[index].ToString(CultureInfo.InvariantCulture)}{field[close..]}" : null;
    }
}

/// <summary>A row of one of the form's lists; a blank row is left out.</summary>
public interface IFormRow
{
    bool IsBlank { get; }
}

public sealed class CoChairRow : IFormRow
{
    public string? Name { get; set; }

    /// <summary>One title per line, such as "Ủy viên BTV Tỉnh ủy".</summary>
    public string? PartyTitles { get; set; }

    /// <summary>One title per line, such as "Phó Chủ tịch Thường trực HĐND tỉnh".</summary>
    public string? StateTitles { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(PartyTitles) && string.IsNullOrWhiteSpace(StateTitles);
}

public sealed class AgendaRow : IFormRow
{
    public string? Title { get; set; }

    public string? Presenter { get; set; }

    public string? Start { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Presenter) && string.IsNullOrWhiteSpace(Start);
}

/// <summary>
/// An invitee row: a person (name, title, organization, e-mail) or, with <see cref="Unit"/>, a unit invited at its
/// office address, whose name is taken from "Đơn vị" (or from "Họ tên" when that is where it was typed).
/// </summary>
public sealed class InviteeRow : IFormRow
{
    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Organization { get; set; }

    public string? Email { get; set; }

    public bool Unit { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Organization)
        && string.IsNullOrWhiteSpace(Email);

    public InviteeInput ToInput() => Unit
        ? new InviteeInput(string.IsNullOrWhiteSpace(Organization) ? Name : Organization, null, null, Email, Unit: true)
        : new InviteeInput(Name, Title, Organization, Email);
}
