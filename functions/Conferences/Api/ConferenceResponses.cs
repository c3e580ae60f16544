using System.Globalization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>A conference as the API returns it: its title as used (the own title, or the composed one) and the own title if any.</summary>
public sealed record ConferenceResponse(
    Guid Id,
    string CouncilId,
    string Title,
    string? OwnTitle,
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
        c.OwnTitle,
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

/// <summary>
/// The attendance roll: counts, then one line per invitee in the order invited. In the counts, <c>invited</c> leaves out
/// the invitations that came back undelivered without an answer: those are <c>undelivered</c> ("Không đến được").
/// </summary>
public sealed record RollResponse(Guid ConferenceId, string Status, RollCounts Counts, IReadOnlyList<RollLine> Entries);

/// <summary>
/// One invitee's line: who, the answer (Accepted, Declined, DeputySent, Tentative, NoAnswer), the deputy if one is
/// sent, when the answer came (Vietnam time, dd/MM/yyyy HH:mm), how (Link, Email, Calendar, Organizer) and from which
/// address (a reply's sender, the organizer who recorded it), whether the invitation went out, and whether it arrived:
/// <c>Delivery</c> is null, or Bounced, Dropped or Blocked when SendGrid reported it undelivered (then
/// <c>DeliveryReason</c> is the receiving server's words), and <c>Invitation</c> says it all in Vietnamese. A deputy sent
/// has <c>DeputyEmail</c>, and <c>DeputyDelivery</c>, <c>DeputyDeliveryReason</c> and <c>DeputyInvitation</c> say the same
/// of the deputy's invitation.
/// </summary>
public sealed record RollLine(
    Guid InviteeId, string Name, string Line, string Email, bool Unit, string Response, string? Deputy, string? AnsweredAt, bool Invited,
    string Invitation, string? AnsweredVia = null, string? AnsweredFrom = null, string? Delivery = null, string? DeliveryReason = null,
    string? DeputyEmail = null, string? DeputyDelivery = null, string? DeputyDeliveryReason = null, string? DeputyInvitation = null);

internal static class RollResponses
{
    public static RollResponse From(ConferenceView view)
    {
        var invitations = view.Invitations.ToDictionary(i => i.Invitee.Id);
        return new RollResponse(
            view.Conference.Id.Value,
            view.Conference.Status.ToString(),
            view.Counts,
            [.. view.Roll.Entries.Select(e => Line(e, invitations.GetValueOrDefault(e.Invitee.Id)))]);
    }

    private static RollLine Line(RollEntry e, Persistence.Invitation? invitation)
    {
        var deputy = (e.Response as InvitationResponse.DeputySent)?.Deputy;
        var deputyInvited = deputy?.Email is not null && invitation is not null;
        return new RollLine(
            e.Invitee.Id.Value,
            e.Invitee.Name,
            e.Invitee.Line,
            e.Invitee.Email.Value,
            e.Invitee is Invitee.Unit,
            e.Response.Kind.ToString(),
            deputy?.ToString(),
            e.AnsweredAt is { } at ? VietnameseFormat.DateTime(VietnamTime.ToLocal(at)) : null,
            invitation?.InvitedRevision >= 0,
            InvitationText(invitation?.Delivery, invitation?.InvitedRevision ?? Persistence.Invitation.NotInvited),
            e.AnsweredAt is null ? null : invitation?.Source?.Channel.ToString(),
            e.AnsweredAt is null ? null : invitation?.Source?.From,
            invitation?.Delivery?.Kind.ToString(),
            invitation?.Delivery?.Reason,
            deputy?.Email?.Value,
            deputyInvited ? invitation!.DeputyDelivery?.Kind.ToString() : null,
            deputyInvited ? invitation!.DeputyDelivery?.Reason : null,
            deputyInvited ? InvitationText(invitation!.DeputyDelivery, invitation.DeputyInvitedRevision) : null);
    }

    /// <summary>"Đã gửi", "Chưa gửi", or why the invitation (the invitee's or the deputy's) did not arrive.</summary>
    internal static string InvitationText(Persistence.DeliveryFailure? failure, int invitedRevision) => (failure, invitedRevision) switch
    {
        ({ } f, _) => Delivery.DeliveryTexts.Label(f.Kind),
        (_, >= 0) => Delivery.DeliveryTexts.Sent,
        _ => Delivery.DeliveryTexts.NotSent,
    };
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
