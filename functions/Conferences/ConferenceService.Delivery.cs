using System.Security.Claims;
using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Delivery;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>Correcting an invitee's address after the invitation did not arrive, and sending it again.</summary>
internal sealed partial class ConferenceService
{
    /// <summary>
    /// Replaces the invitee's address and has the workflow send the invitation again, once, to the new address (the
    /// e-mail's key counts the correction, so the ledger does not take it for the one already sent). While invitations
    /// go out only; the address must be valid, new, and no other invitee's.
    /// </summary>
    public async Task<Outcome<Invitee>> CorrectAddressAsync(
        ClaimsPrincipal user, ConferenceId id, InviteeId inviteeId, string? email, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not var (conference, _, invitations))
        {
            return new Outcome<Invitee>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<Invitee>.Forbidden();
        }

        if (conference.Status != ConferenceStatus.Inviting)
        {
            return new Outcome<Invitee>.Invalid([new(ConferenceFields.Status, DeliveryTexts.ResendOnlyInviting)]);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return new Outcome<Invitee>.Invalid([new(AddressField, DeliveryTexts.AddressRequired)]);
        }

        if (!EmailAddress.TryParse(email, out var address))
        {
            return new Outcome<Invitee>.Invalid([new(AddressField, DeliveryTexts.AddressInvalid(email.Trim()))]);
        }

        if (await store.GetInvitationWithETagAsync(id, inviteeId, cancellationToken) is not var (invitation, etag))
        {
            return new Outcome<Invitee>.NotFound();
        }

        if (invitation.Invitee.Email == address)
        {
            return new Outcome<Invitee>.Invalid([new(AddressField, DeliveryTexts.SameAddress)]);
        }

        if (invitations.Any(i => i.Invitee.Id != inviteeId && i.Invitee.Email == address))
        {
            return new Outcome<Invitee>.Invalid([new(AddressField, DeliveryTexts.AddressTaken(address.Value))]);
        }

        try
        {
            await store.CorrectAddressAsync(id, invitation, address, etag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return new Outcome<Invitee>.Conflict(ConferenceTexts.ChangedMeanwhile);
        }

        await workflows.RaiseEventAsync(InstanceId(id), ConferenceChange.EventName, new ConferenceChange(ConferenceChange.InviteesAdded), cancellationToken);
        return WithEmail(invitation.Invitee, address);
    }

    /// <summary>The field an address correction's errors name.</summary>
    public const string AddressField = "email";

    private static Invitee WithEmail(Invitee invitee, EmailAddress email) => invitee switch
    {
        Invitee.Person person => person with { Email = email },
        Invitee.Unit unit => unit with { Email = email },
        _ => invitee,
    };
}
