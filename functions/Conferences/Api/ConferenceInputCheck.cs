using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// Reads a conference input (API body or page form) as a whole. What cannot be read (the kind, a date, a time) is
/// reported, and the rest is still checked by the domain, with stand-ins for the unreadable values, so that the caller
/// sees every mistake at once rather than one round at a time. The service checks everything again on save.
/// </summary>
internal static class ConferenceInputCheck
{
    // Stand-ins that read: any valid values do, as the errors they could cause are not reported.
    private const string StandInDate = "2100-01-04";
    private const string StandInStart = "08:00";
    private const string StandInEnd = "11:00";
    private const string StandInDeadline = "2100-01-01T17:00";

    /// <param name="input">What was sent.</param>
    /// <param name="readErrors">What the caller could not read itself (a page's reminders), reported first.</param>
    /// <param name="id">The conference's id.</param>
    /// <param name="council">The council, when known; without it nothing about the council is checked (the caller reports it).</param>
    /// <param name="withInvitees">Whether the input's invitees count (on edits they are kept as stored).</param>
    /// <returns>The conference the input describes, or null and every error found.</returns>
    public static (Conference? Conference, IReadOnlyList<ValidationError> Errors) Check(
        ConferenceInput input, IReadOnlyList<ValidationError> readErrors, ConferenceId id, Council? council, bool withInvitees)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(readErrors);
        var parsed = input.ToConference(id, Guid.NewGuid);
        if (parsed.IsSuccess && readErrors.Count == 0 && council is not null)
        {
            return (parsed.Value, []);
        }

        var errors = new List<ValidationError>(readErrors);
        if (!parsed.IsSuccess)
        {
            errors.AddRange(parsed.Errors);
        }

        var unread = errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var standIn = input with
        {
            Kind = unread.Contains(ConferenceFields.Kind) ? nameof(ConferenceKind.Briefing) : input.Kind,
            Scope = unread.Contains(ConferenceFields.Scope) ? null : input.Scope,
            Date = unread.Contains(ConferenceFields.ScheduleDate) ? StandInDate : input.Date,
            Start = unread.Contains("schedule.start") ? StandInStart : input.Start,
            End = unread.Contains(ConferenceFields.ScheduleEnd) ? StandInEnd : input.End,
            RegistrationDeadline = unread.Contains(ConferenceFields.RegistrationDeadline) ? StandInDeadline : input.RegistrationDeadline,
            Agenda = [.. (input.Agenda ?? []).Select((item, i) => unread.Contains(ConferenceFields.AgendaItem(i, "start")) ? item! with { Start = null } : item)],
        };
        var timesStoodIn = unread.Overlaps([ConferenceFields.ScheduleDate, "schedule.start", ConferenceFields.ScheduleEnd, ConferenceFields.RegistrationDeadline]);
        if (standIn.ToConference(id, Guid.NewGuid) is { IsSuccess: true } rest)
        {
            errors.AddRange((council is null ? rest.Value : rest.Value with { Council = council }).Validate().Where(error =>
                !unread.Contains(error.Field)
                && !error.Field.StartsWith("council.", StringComparison.Ordinal)
                && !(council is null && error.Field == ConferenceFields.Scope)
                && (withInvitees || !IsAbout(error, ConferenceFields.Invitees))
                && !(timesStoodIn && (error.Field.StartsWith("schedule.", StringComparison.Ordinal)
                    || error.Field is ConferenceFields.RegistrationDeadline or ConferenceFields.Scope))));
        }

        return errors.Count == 0 ? (parsed.Value, []) : (null, errors);
    }

    private static bool IsAbout(ValidationError error, string list) =>
        error.Field == list || error.Field.StartsWith(list + "[", StringComparison.Ordinal);
}
