using System.Security.Claims;
using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Telemetry;
using HdndWorkflow.Storage;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>
/// What organizers do with a conference, shared by the API and the pages: each change is a domain decision on the
/// stored conference, saved with its ETag (a concurrent change is reported, never overwritten), then announced to the
/// conference's orchestration, which reloads the conference and sends what the change calls for.
/// </summary>
internal sealed partial class ConferenceService(
    ConferenceStore store, DurableTaskClient workflows, UserDirectory directory, TimeProvider time, AppMetrics metrics)
{
    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    /// <summary>The orchestration instance that drives a conference: its id is the conference's.</summary>
    public static string InstanceId(ConferenceId id) => id.ToString();

    /// <summary>
    /// The council a new conference is planned for: the one named, else the caller's own; or the error to report when
    /// none is named and the caller serves none (an administrator), or the caller may not plan for the one named.
    /// </summary>
    public (Council? Council, ValidationError? Error) CouncilFor(ClaimsPrincipal user, string? councilId)
    {
        var id = string.IsNullOrWhiteSpace(councilId) ? user.Council() : new CouncilId(councilId.Trim());
        if (id is not { } named)
        {
            return (null, new(ConferenceFields.CouncilId, ConferenceTexts.CouncilRequired));
        }

        return directory.FindCouncil(named) is { } council && user.CanOrganize(council.Id)
            ? (council, null)
            : (null, new(ConferenceFields.CouncilId, ConferenceTexts.UnknownCouncil));
    }

    public async Task<Outcome<Conference>> CreateAsync(ClaimsPrincipal user, Conference conference, CancellationToken cancellationToken)
    {
        if (directory.FindCouncil(conference.Council.Id) is not { } council || !user.CanOrganize(council.Id))
        {
            return new Outcome<Conference>.Invalid([new(ConferenceFields.CouncilId, ConferenceTexts.UnknownCouncil)]);
        }

        var planned = conference with { Council = council, Status = ConferenceStatus.Draft, Revision = 0 };
        var errors = planned.Validate();
        if (errors.Count > 0)
        {
            return new Outcome<Conference>.Invalid(errors);
        }

        await store.AddInvitationsAsync(planned.Id, [.. planned.Invitees.Select((invitee, i) => Invitation.New(invitee, i, InvitationToken.NewNonce()))], cancellationToken);
        await store.CreateAsync(planned, user.Identity?.Name ?? string.Empty, cancellationToken);
        return planned;
    }

    public async Task<Outcome<IReadOnlyList<Conference>>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var council = user.IsAdministrator() ? null : user.Council();
        if (!user.IsAdministrator() && council is null)
        {
            return new Outcome<IReadOnlyList<Conference>>.Forbidden();
        }

        return new Outcome<IReadOnlyList<Conference>>.Done(await store.ListAsync(council, cancellationToken));
    }

    /// <summary>The conference with its invitations, for an organizer of its council (or an approver, who reads it).</summary>
    public async Task<Outcome<ConferenceView>> GetAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not var (conference, _, invitations))
        {
            return new Outcome<ConferenceView>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id) && !user.CanApprove(conference.Council.Id))
        {
            return new Outcome<ConferenceView>.Forbidden();
        }

        return new ConferenceView(conference, invitations, conference.Roll(invitations.Where(i => i.Reply is not null).Select(i => i.Reply!)));
    }

    /// <summary>Edits a conference that has not started inviting: everything but its invitees and status.</summary>
    public Task<Outcome<Conference>> EditAsync(ClaimsPrincipal user, ConferenceId id, Func<Conference, Conference> edit, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, null, conference =>
        {
            if (conference.Status != ConferenceStatus.Draft)
            {
                return Result.Failure<Conference>(ConferenceFields.Status, ConferenceTexts.EditOnlyDraft);
            }

            var edited = edit(conference) with
            {
                Id = conference.Id,
                Council = conference.Council,
                Invitees = conference.Invitees,
                Status = conference.Status,
                Revision = conference.Revision,
            };
            var errors = edited.Validate();
            return errors.Count > 0 ? Result.Failure<Conference>(errors) : Result.Success(edited);
        }, cancellationToken);

    public Task<Outcome<Conference>> CloseRegistrationAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, ConferenceChange.RegistrationClosed, conference => conference.CloseRegistration(), cancellationToken);

    public Task<Outcome<Conference>> MarkHeldAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, ConferenceChange.Held, conference => conference.MarkHeld(Now), cancellationToken);

    public Task<Outcome<Conference>> RescheduleAsync(ClaimsPrincipal user, ConferenceId id, Schedule schedule, RegistrationDeadline deadline, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, ConferenceChange.Rescheduled, conference => conference.Reschedule(schedule, deadline, Now), cancellationToken);

    public Task<Outcome<Conference>> CancelAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken) =>
        ChangeAsync(user, id, ConferenceChange.Cancelled, conference => conference.Cancel(), cancellationToken);

    /// <summary>
    /// Loads the conference, checks the user, applies the domain decision and saves it (the conference row only, not
    /// the invitations) against the ETag read; then
    /// tells the orchestration (<paramref name="change"/>), which reloads the conference and acts.
    /// </summary>
    private async Task<Outcome<Conference>> ChangeAsync(
        ClaimsPrincipal user, ConferenceId id, string? change, Func<Conference, Result<Conference>> decide, CancellationToken cancellationToken)
    {
        // With its invitees: the domain validates the conference as a whole (a reschedule checks everything again).
        if (await store.GetAsync(id, cancellationToken) is not var (conference, etag, _))
        {
            return new Outcome<Conference>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<Conference>.Forbidden();
        }

        var decision = decide(conference);
        if (!decision.IsSuccess)
        {
            // Refused because it is made already: perhaps by this very request, sent once more because the first
            // attempt's announcement was lost (a crash or storage failing between the save and the event). The refusal
            // stands, and the workflow is told again; a reload is all it does.
            if (change is not null && IsMade(change, conference))
            {
                await workflows.RaiseEventAsync(InstanceId(id), ConferenceChange.EventName, new ConferenceChange(change), cancellationToken);
            }

            return new Outcome<Conference>.Invalid(decision.Errors);
        }

        // A decision that changes nothing (the same reschedule again) saves nothing: the version invitees were told of
        // stays as it was. It is announced all the same, for the reason above.
        if (!ReferenceEquals(decision.Value, conference))
        {
            try
            {
                await store.UpdateAsync(decision.Value, etag, cancellationToken, change == ConferenceChange.Rescheduled ? conference : null);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return new Outcome<Conference>.Conflict(ConferenceTexts.ChangedMeanwhile);
            }
        }

        if (change is not null)
        {
            await workflows.RaiseEventAsync(InstanceId(id), ConferenceChange.EventName, new ConferenceChange(change), cancellationToken);
        }

        return decision.Value;
    }

    // Whether the stored conference is where the change would take it.
    private static bool IsMade(string change, Conference conference) => change switch
    {
        ConferenceChange.RegistrationClosed => conference.Status == ConferenceStatus.RegistrationClosed,
        ConferenceChange.Held => conference.Status == ConferenceStatus.Held,
        ConferenceChange.Cancelled => conference.Status == ConferenceStatus.Cancelled,
        _ => false,
    };
}

/// <summary>A conference as its organizer sees it: with every invitation and the roll so far.</summary>
internal sealed record ConferenceView(Conference Conference, IReadOnlyList<Invitation> Invitations, AttendanceRoll Roll)
{
    /// <summary>The roll's figures, the invitations that came back undelivered (and were not answered) apart.</summary>
    public RollCounts Counts => Roll.CountsWith(Invitations.Where(i => i.Delivery is not null).Select(i => i.Invitee.Id).ToHashSet());
}
