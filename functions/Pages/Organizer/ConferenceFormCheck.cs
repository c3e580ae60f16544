using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// Reads a posted conference form as a whole. What cannot be read (a date, a time, the reminders) is reported, and
/// the rest is still checked by the domain, with stand-ins for the unreadable values, so that the organizer sees
/// every mistake of the form at once rather than one round at a time. The service checks everything again on save.
/// </summary>
internal static class ConferenceFormCheck
{
    // Stand-ins that read: any valid values do, as the errors they could cause are not reported.
    private const string StandInDate = "2100-01-04";
    private const string StandInStart = "08:00";
    private const string StandInEnd = "11:00";
    private const string StandInDeadline = "2100-01-01T17:00";

    /// <returns>The conference the form describes, or null and the errors, with the form's own row numbers.</returns>
    public static (Conference? Conference, IReadOnlyList<ValidationError> Errors) Check(
        ConferenceForm form, ConferenceId id, Council? council, bool withInvitees)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (input, formErrors) = form.ToInput();
        var parsed = input.ToConference(id, Guid.NewGuid);
        if (parsed.IsSuccess && formErrors.Count == 0)
        {
            return (parsed.Value, []);
        }

        var errors = new List<ValidationError>(formErrors);
        if (!parsed.IsSuccess)
        {
            errors.AddRange(parsed.Errors);
        }

        var unread = errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var standIn = input with
        {
            Date = unread.Contains("schedule.date") ? StandInDate : input.Date,
            Start = unread.Contains("schedule.start") ? StandInStart : input.Start,
            End = unread.Contains(ConferenceFields.ScheduleEnd) ? StandInEnd : input.End,
            RegistrationDeadline = unread.Contains(ConferenceFields.RegistrationDeadline) ? StandInDeadline : input.RegistrationDeadline,
            Agenda = [.. input.Agenda.Select((item, i) => unread.Contains(ConferenceFields.AgendaItem(i, "start")) ? item with { Start = null } : item)],
        };
        var timesStoodIn = unread.Overlaps(["schedule.date", "schedule.start", ConferenceFields.ScheduleEnd, ConferenceFields.RegistrationDeadline]);
        if (council is not null && standIn.ToConference(id, Guid.NewGuid) is { IsSuccess: true } rest)
        {
            errors.AddRange((rest.Value with { Council = council }).Validate().Where(error =>
                !unread.Contains(error.Field)
                && !error.Field.StartsWith("council.", StringComparison.Ordinal)
                && (withInvitees || error.Field != ConferenceFields.Invitees)
                && !(timesStoodIn && (error.Field.StartsWith("schedule.", StringComparison.Ordinal)
                    || error.Field is ConferenceFields.RegistrationDeadline or ConferenceFields.Scope))));
        }

        return (null, [.. errors.Select(form.Translate)]);
    }
}
