using System.ComponentModel.DataAnnotations;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using NodaTime;
using NodaTime.Text;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// A conference as an organizer writes it (API body and page form): dates "yyyy-MM-dd", times "HH:mm". A list sent as
/// null counts as empty, and a null item as an empty one, so that the validation reports what is missing. The maximum
/// lengths are those of <see cref="InputLimits"/>.
/// </summary>
public sealed record ConferenceInput
{
    /// <summary>The council; the caller's own when left out (an administrator, who serves no council, must name it).</summary>
    public string? CouncilId { get; init; }

    /// <summary>
    /// Briefing, ExperienceExchange, Thematic, MidTermReview or FinalReview, or their Vietnamese names ("giao ban",
    /// "trao đổi kinh nghiệm", "chuyên đề", "sơ kết", "tổng kết"), in any case, with or without diacritics.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>WithLevelBelow (default) or OwnCouncil.</summary>
    public string? Scope { get; init; }

    public int Ordinal { get; init; }

    /// <summary>The council's own title for the conference, used as written; empty for the composed title (at most 250 characters).</summary>
    public string? OwnTitle { get; init; }

    public string? Date { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    public VenueInput? Venue { get; init; }

    [MaxLength(InputLimits.CoChairs)]
    public IReadOnlyList<CoChairInput?>? CoChairs { get; init; }

    [MaxLength(InputLimits.AgendaItems)]
    public IReadOnlyList<AgendaInput?>? Agenda { get; init; }

    [MaxLength(InputLimits.Invitees)]
    public IReadOnlyList<InviteeInput?>? Invitees { get; init; }

    /// <summary>Local date and time, "yyyy-MM-ddTHH:mm".</summary>
    public string? RegistrationDeadline { get; init; }

    /// <summary>Hours before the deadline to remind those who have not answered; default 72 and 24.</summary>
    [MaxLength(InputLimits.Reminders)]
    public IReadOnlyList<int>? ReminderHours { get; init; }
}

public sealed record VenueInput(
    [property: MaxLength(InputLimits.VenueName)] string? Name,
    [property: MaxLength(InputLimits.VenueAddress)] string? Address);

/// <summary>A co-chair: name, party titles then state titles, each kept as typed.</summary>
public sealed record CoChairInput(
    [property: MaxLength(InputLimits.PersonName)] string? Name,
    [property: MaxLength(InputLimits.TitlesPerPerson)] IReadOnlyList<string?>? PartyTitles,
    [property: MaxLength(InputLimits.TitlesPerPerson)] IReadOnlyList<string?>? StateTitles);

public sealed record AgendaInput(
    [property: MaxLength(InputLimits.AgendaTitle)] string? Title,
    [property: MaxLength(InputLimits.AgendaPresenter)] string? Presenter,
    string? Start);

/// <summary>A person (name, title, organization, email) or, with <see cref="Unit"/> true, a unit at its office address.</summary>
public sealed record InviteeInput(
    [property: MaxLength(InputLimits.PersonName)] string? Name,
    [property: MaxLength(InputLimits.Title)] string? Title,
    [property: MaxLength(InputLimits.Organization)] string? Organization,
    [property: MaxLength(InputLimits.Email)] string? Email,
    bool Unit = false)
{
    /// <summary>The invitee; a null item (as in <c>[null]</c>) is a person with nothing filled in, which the validation refuses.</summary>
    public static Invitee ToInvitee(InviteeInput? input, InviteeId id) => input is null
        ? new Invitee.Person(id, string.Empty, string.Empty, string.Empty, EmailAddress.From(null))
        : input.ToInvitee(id);

    public Invitee ToInvitee(InviteeId id) => Unit
        ? new Invitee.Unit(id, Name?.Trim() ?? string.Empty, EmailAddress.From(Email))
        : new Invitee.Person(id, Name?.Trim() ?? string.Empty, Title?.Trim() ?? string.Empty, Organization?.Trim() ?? string.Empty, EmailAddress.From(Email));
}

/// <summary>A new schedule and deadline for a conference.</summary>
public sealed record RescheduleInput(string? Date, string? Start, string? End, string? RegistrationDeadline);

/// <summary>Reads inputs into domain values, reporting unreadable fields as validation errors.</summary>
public static class InputParsing
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDateTimePattern DeadlinePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>The conference the input describes, with fresh ids; the council is only named (the service fills it in).</summary>
    public static Result<Conference> ToConference(this ConferenceInput input, ConferenceId id, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(newId);
        var errors = new List<ValidationError>();
        var kind = Kind(input.Kind, errors);
        var scope = string.IsNullOrWhiteSpace(input.Scope) ? ConferenceScope.WithLevelBelow : Enum<ConferenceScope>(input.Scope, ConferenceFields.Scope, InputTexts.ScopeInvalid, errors);
        var schedule = Schedule(input.Date, input.Start, input.End, errors);
        var deadline = Deadline(input.RegistrationDeadline, errors);
        var agenda = (input.Agenda ?? []).Select((item, i) => new AgendaItem(
            item?.Title?.Trim() ?? string.Empty,
            string.IsNullOrWhiteSpace(item?.Presenter) ? null : item.Presenter.Trim(),
            string.IsNullOrWhiteSpace(item?.Start) ? null : Time(item.Start, ConferenceFields.AgendaItem(i, "start"), errors))).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure<Conference>(errors);
        }

        return Result.Success(new Conference
        {
            Id = id,
            Council = new Council(new CouncilId(input.CouncilId?.Trim() ?? string.Empty), string.Empty, default, string.Empty),
            Kind = kind,
            Scope = scope,
            Ordinal = input.Ordinal,
            OwnTitle = string.IsNullOrWhiteSpace(input.OwnTitle) ? null : input.OwnTitle.Trim(),
            Schedule = schedule!,
            Venue = string.IsNullOrWhiteSpace(input.Venue?.Name) && string.IsNullOrWhiteSpace(input.Venue?.Address)
                ? null
                : new Venue(input.Venue!.Name?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(input.Venue.Address) ? null : input.Venue.Address.Trim()),
            CoChairs = [.. (input.CoChairs ?? []).Select(c => CoChair.Create(c?.Name?.Trim() ?? string.Empty, Titles(c?.PartyTitles), Titles(c?.StateTitles)))],
            Agenda = agenda,
            Invitees = [.. (input.Invitees ?? []).Select(i => InviteeInput.ToInvitee(i, new InviteeId(newId())))],
            RegistrationDeadline = deadline!,
            Reminders = input.ReminderHours is { } hours ? new ReminderPolicy([.. hours.Select(h => Duration.FromHours(h))]) : ReminderPolicy.Default,
        });
    }

    /// <summary>The new schedule and deadline of a reschedule.</summary>
    public static Result<(Schedule Schedule, RegistrationDeadline Deadline)> ToSchedule(this RescheduleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        var schedule = Schedule(input.Date, input.Start, input.End, errors);
        var deadline = Deadline(input.RegistrationDeadline, errors);
        return errors.Count > 0 ? Result.Failure<(Schedule, RegistrationDeadline)>(errors) : Result.Success((schedule!, deadline!));
    }

    private static Schedule? Schedule(string? date, string? start, string? end, List<ValidationError> errors)
    {
        var day = DatePattern.Parse(date?.Trim() ?? string.Empty);
        if (!day.Success)
        {
            errors.Add(new(ConferenceFields.ScheduleDate, InputTexts.DateInvalid));
        }

        var from = Time(start, "schedule.start", errors);
        var to = Time(end, ConferenceFields.ScheduleEnd, errors);
        return day.Success && from is { } f && to is { } t ? new Schedule(day.Value, f, t) : null;
    }

    private static RegistrationDeadline? Deadline(string? text, List<ValidationError> errors)
    {
        var parsed = DeadlinePattern.Parse(text?.Trim() ?? string.Empty);
        if (!parsed.Success)
        {
            errors.Add(new(ConferenceFields.RegistrationDeadline, InputTexts.DeadlineInvalid));
            return null;
        }

        return new RegistrationDeadline(parsed.Value);
    }

    private static LocalTime? Time(string? text, string field, List<ValidationError> errors)
    {
        var parsed = TimePattern.Parse(text?.Trim() ?? string.Empty);
        if (!parsed.Success)
        {
            errors.Add(new(field, InputTexts.TimeInvalid));
            return null;
        }

        return parsed.Value;
    }

    private static ConferenceKind Kind(string? text, List<ValidationError> errors)
    {
        if (ConferenceKindNames.TryParse(text, out var kind))
        {
            return kind;
        }

        errors.Add(new(ConferenceFields.Kind, InputTexts.KindInvalid));
        return default;
    }

    // Names only: Enum.TryParse would take "1" or "1, 2" as well.
    private static T Enum<T>(string? text, string field, string message, List<ValidationError> errors)
        where T : struct, Enum
    {
        if (System.Enum.GetNames<T>().FirstOrDefault(name => string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return System.Enum.Parse<T>(name);
        }

        errors.Add(new(field, message));
        return default;
    }

    private static IEnumerable<string> Titles(IReadOnlyList<string?>? titles) =>
        (titles ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim());
}

/// <summary>Vietnamese messages for unreadable input.</summary>
internal static class InputTexts
{
    public const string KindInvalid =
        "Loại hội nghị không hợp lệ. Ghi một trong các loại: giao ban (Briefing), trao đổi kinh nghiệm (ExperienceExchange), " +
        "chuyên đề (Thematic), sơ kết (MidTermReview), tổng kết (FinalReview).";
    public const string ScopeInvalid = "Phạm vi hội nghị không hợp lệ.";
    public const string DateInvalid = "Ngày họp không hợp lệ (định dạng yyyy-MM-dd).";
    public const string TimeInvalid = "Giờ không hợp lệ (định dạng HH:mm, ví dụ 08:00).";
    public const string DeadlineInvalid = "Hạn đăng ký không hợp lệ (định dạng yyyy-MM-ddTHH:mm).";
}
