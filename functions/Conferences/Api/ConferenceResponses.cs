using System.Globalization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>A conference as the API returns it.</summary>
public sealed record ConferenceResponse(
    Guid Id,
    string CouncilId,
    string Title,
    string Kind,
    string Scope,
    int Ordinal,
    string Date,
    string Start,
    string End,
    string TimeLine,
    VenueInput? Venue,
    IReadOnlyList<CoChairInput> CoChairs,
    IReadOnlyList<AgendaInput> Agenda,
    string RegistrationDeadline,
    IReadOnlyList<int> ReminderHours,
    string Status,
    int Revision)
{
    internal static ConferenceResponse From(Conference c) => new(
        c.Id.Value,
        c.Council.Id.Value,
        c.Title,
        c.Kind.ToString(),
        c.Scope.ToString(),
        c.Ordinal,
        c.Schedule.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        c.Schedule.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        c.Schedule.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        c.Schedule.TimeLine,
        c.Venue is { } v ? new VenueInput(v.Name, v.Address) : null,
        [.. c.CoChairs.Select(ch => new CoChairInput(
            ch.Name,
            [.. ch.Titles.Where(t => t.Kind == TitleKind.Party).Select(t => t.Text)],
            [.. ch.Titles.Where(t => t.Kind == TitleKind.State).Select(t => t.Text)]))],
        [.. c.Agenda.Select(a => new AgendaInput(a.Title, a.Presenter, a.Start?.ToString("HH:mm", CultureInfo.InvariantCulture)))],
        c.RegistrationDeadline.Local.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        [.. c.Reminders.BeforeDeadline.Select(d => (int)d.TotalHours)],
        c.Status.ToString(),
        c.Revision);
}

/// <summary>The attendance roll: counts, then one line per invitee in the order invited.</summary>
public sealed record RollResponse(Guid ConferenceId, string Status, RollCounts Counts, IReadOnlyList<RollLine> Entries);

/// <summary>
/// One invitee's line: who, the answer (Accepted, Declined, DeputySent, NoAnswer), the deputy if one is sent, when
/// the answer came (Vietnam time, dd/MM/yyyy HH:mm) and whether the invitation went out.
/// </summary>
public sealed record RollLine(
    Guid InviteeId, string Name, string Line, string Email, bool Unit, string Response, string? Deputy, string? AnsweredAt, bool Invited);

internal static class RollResponses
{
    public static RollResponse From(ConferenceView view)
    {
        var invited = view.Invitations.ToDictionary(i => i.Invitee.Id, i => i.InvitedRevision >= 0);
        return new RollResponse(
            view.Conference.Id.Value,
            view.Conference.Status.ToString(),
            view.Roll.Counts,
            [.. view.Roll.Entries.Select(e => new RollLine(
                e.Invitee.Id.Value,
                e.Invitee.Name,
                e.Invitee.Line,
                e.Invitee.Email.Value,
                e.Invitee is Invitee.Unit,
                e.Response.Kind.ToString(),
                (e.Response as InvitationResponse.DeputySent)?.Deputy.ToString(),
                e.AnsweredAt is { } at ? VietnameseFormat.DateTime(VietnamTime.ToLocal(at)) : null,
                invited.GetValueOrDefault(e.Invitee.Id)))]);
    }
}

/// <summary>Durable Functions' management links for an orchestration instance (its <c>HttpManagementPayload</c>).</summary>
public sealed record ManagementLinks(
    string Id,
    Uri StatusQueryGetUri,
    Uri SendEventPostUri,
    Uri TerminatePostUri,
    Uri RewindPostUri,
    Uri PurgeHistoryDeleteUri,
    Uri RestartPostUri,
    Uri SuspendPostUri,
    Uri ResumePostUri);
