using System.Security.Claims;
using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>Starting the workflow and changing the list of invitees.</summary>
internal sealed partial class ConferenceService
{
    /// <summary>
    /// Draft → inviting, and the conference's orchestration started (it sends the invitations). Repeating the call
    /// after a failure between the two steps starts the orchestration that is missing.
    /// </summary>
    public async Task<Outcome<Conference>> StartAsync(ClaimsPrincipal user, ConferenceId id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not var (conference, etag, _))
        {
            return new Outcome<Conference>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<Conference>.Forbidden();
        }

        var started = conference;
        if (conference.Status == ConferenceStatus.Draft)
        {
            var decision = conference.StartInviting(Now);
            if (!decision.IsSuccess)
            {
                return new Outcome<Conference>.Invalid(decision.Errors);
            }

            try
            {
                await store.UpdateAsync(decision.Value, etag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return new Outcome<Conference>.Conflict(ConferenceTexts.ChangedMeanwhile);
            }

            started = decision.Value;
        }
        else if (await workflows.GetInstanceAsync(InstanceId(id), cancellation: cancellationToken) is not null)
        {
            return new Outcome<Conference>.Invalid([new(ConferenceFields.Status, ConferenceTexts.AlreadyStarted)]);
        }

        try
        {
            await workflows.ScheduleNewOrchestrationInstanceAsync(
                nameof(ConferenceOrchestrator), new ConferenceRef(id.Value), new StartOrchestrationOptions(InstanceId(id)), cancellationToken);
        }
        catch (global::DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException)
        {
            // A concurrent start won the race: the workflow runs, which is what was asked.
        }

        return started;
    }

    /// <summary>
    /// Adds invitees before registration closes; once invitations have gone out, the orchestration invites them.
    /// Each invitee is checked as on creation, and no address may be invited twice.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<Invitee>>> AddInviteesAsync(
        ClaimsPrincipal user, ConferenceId id, IReadOnlyList<Invitee> invitees, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not var (conference, _, invitations))
        {
            return new Outcome<IReadOnlyList<Invitee>>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<IReadOnlyList<Invitee>>.Forbidden();
        }

        if (conference.Status is not (ConferenceStatus.Draft or ConferenceStatus.Inviting))
        {
            return new Outcome<IReadOnlyList<Invitee>>.Invalid([new(ConferenceFields.Status, ConferenceTexts.AddInviteesClosed)]);
        }

        if (invitees.Count == 0)
        {
            return new Outcome<IReadOnlyList<Invitee>>.Invalid([new(ConferenceFields.Invitees, ConferenceTexts.NoInvitees)]);
        }

        // The whole list is validated (duplicates against those already invited), and errors are reported with the
        // indexes of the new invitees as the caller sent them.
        var existing = conference.Invitees.Count;
        var errors = (conference with { Invitees = [.. conference.Invitees, .. invitees] }).Validate()
            .Select(error => Reindex(error, existing))
            .OfType<ValidationError>()
            .ToList();
        if (errors.Count > 0)
        {
            return new Outcome<IReadOnlyList<Invitee>>.Invalid(errors);
        }

        var order = invitations.Count == 0 ? 0 : invitations.Max(i => i.Order) + 1;
        await store.AddInvitationsAsync(id, [.. invitees.Select((invitee, i) => Invitation.New(invitee, order + i, InvitationToken.NewNonce()))], cancellationToken);
        if (conference.Status == ConferenceStatus.Inviting)
        {
            await workflows.RaiseEventAsync(InstanceId(id), ConferenceChange.EventName, new ConferenceChange(ConferenceChange.InviteesAdded), cancellationToken);
        }

        return new Outcome<IReadOnlyList<Invitee>>.Done(invitees);
    }

    /// <summary>Removes an invitee from a conference that has not started inviting.</summary>
    public async Task<Outcome<bool>> RemoveInviteeAsync(ClaimsPrincipal user, ConferenceId id, InviteeId invitee, CancellationToken cancellationToken)
    {
        if (await store.GetHeaderAsync(id, cancellationToken) is not var (conference, _))
        {
            return new Outcome<bool>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<bool>.Forbidden();
        }

        if (conference.Status != ConferenceStatus.Draft)
        {
            return new Outcome<bool>.Invalid([new(ConferenceFields.Status, ConferenceTexts.RemoveOnlyDraft)]);
        }

        // Read first: the delete's own answer cannot say whether the invitee was there (see DeleteInvitationAsync).
        if (await store.GetInvitationAsync(id, invitee, cancellationToken) is null)
        {
            return new Outcome<bool>.NotFound();
        }

        await store.DeleteInvitationAsync(id, invitee, cancellationToken);
        return true;
    }

    // "invitees[12].email" for the 3rd new invitee after 10 existing ones becomes "invitees[2].email"; errors about
    // existing invitees cannot be the caller's and are dropped (they were valid when stored).
    private static ValidationError? Reindex(ValidationError error, int existing)
    {
        const string prefix = ConferenceFields.Invitees + "[";
        if (!error.Field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return error.Field == ConferenceFields.Invitees ? null : error;
        }

        var close = error.Field.IndexOf(']', StringComparison.Ordinal);
        var index = int.Parse(error.Field.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture);
        return index < existing ? null : error with { Field = $"{prefix}{index - existing}{error.Field[close..]}" };
    }
}
