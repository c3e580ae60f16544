using System.Security.Claims;
using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Delivery;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>Correcting the invitee's or the deputy's address after an invitation did not arrive, and sending it again.</summary>
internal sealed partial class ConferenceService
{
    /// <summary>The field an address correction's errors name.</summary>
    public const string AddressField = "email";

    /// <summary>
    /// Replaces the invitee's address (or, with <paramref name="deputy"/>, the address of the deputy the invitee sent)
    /// and has the workflow send the invitation again, once, to the new address: the e-mail's key counts the correction
    /// (the deputy's carries a digest of the address), so the ledger does not take it for the one already sent. While
    /// invitations go out only; the address must be valid and new, and an invitee's no other invitee's.
    /// </summary>
    public async Task<Outcome<CorrectedRecipient>> CorrectAddressAsync(
        ClaimsPrincipal user, ConferenceId id, InviteeId inviteeId, string? email, bool deputy, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not var (conference, _, invitations))
        {
            return new Outcome<CorrectedRecipient>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<CorrectedRecipient>.Forbidden();
        }

        if (conference.Status != ConferenceStatus.Inviting)
        {
            return Invalid(ConferenceFields.Status, DeliveryTexts.ResendOnlyInviting);
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return Invalid(AddressField, DeliveryTexts.AddressRequired);
        }

        if (!EmailAddress.TryParse(email, out var address))
        {
            return Invalid(AddressField, DeliveryTexts.AddressInvalid(email.Trim()));
        }

        if (await store.GetInvitationWithETagAsync(id, inviteeId, cancellationToken) is not var (invitation, etag))
        {
            return new Outcome<CorrectedRecipient>.NotFound();
        }

        var (name, current) = deputy ? (invitation.Deputy?.Name, invitation.Deputy?.Email) : (invitation.Invitee.Name, invitation.Invitee.Email);
        if (name is null || current is null)
        {
            return Invalid(AddressField, DeliveryTexts.NoDeputyAddress);
        }

        if (current == address)
        {
            return Invalid(AddressField, DeliveryTexts.SameAddress);
        }

        if (!deputy && invitations.Any(i => i.Invitee.Id != inviteeId && i.Invitee.Email == address))
        {
            return Invalid(AddressField, DeliveryTexts.AddressTaken(address.Value));
        }

        try
        {
            await (deputy
                ? store.CorrectDeputyAddressAsync(id, inviteeId, address, etag, cancellationToken)
                : store.CorrectAddressAsync(id, invitation, address, etag, cancellationToken));
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return new Outcome<CorrectedRecipient>.Conflict(ConferenceTexts.ChangedMeanwhile);
        }

        await workflows.RaiseEventAsync(InstanceId(id), ConferenceChange.EventName, new ConferenceChange(ConferenceChange.InviteesAdded), cancellationToken);
        return new Outcome<CorrectedRecipient>.Done(new CorrectedRecipient(inviteeId, name, address));
    }

    private static Outcome<CorrectedRecipient>.Invalid Invalid(string field, string message) => new([new ValidationError(field, message)]);
}

/// <summary>Whose address was corrected (the invitee's id, also for the deputy), the name and the new address.</summary>
internal sealed record CorrectedRecipient(InviteeId Invitee, string Name, EmailAddress Email);
