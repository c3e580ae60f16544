using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Api;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// The conference page's invitations that did not arrive, the invitees' and the deputies': each with its address to
/// correct and send again.
/// </summary>
internal sealed partial class DetailsModel
{
    public const string AddressForm = "address";

    /// <summary>The invitee whose corrected address (or whose deputy's) was refused, and what was typed.</summary>
    public Guid? CorrectingInvitee { get; private set; }

    public bool CorrectingDeputy { get; private set; }

    public string? CorrectedEmail { get; private set; }

    /// <summary>The invitations that came back undelivered: the invitee's, then the deputy's, in the roll's order.</summary>
    public IReadOnlyList<UndeliveredInvitation> Undelivered =>
    [
        .. Roll!.Entries.SelectMany(e => (IEnumerable<UndeliveredInvitation>)
        [
            .. e.Delivery is null ? [] : new[] { new UndeliveredInvitation(e.InviteeId, Deputy: false, e.Line, e.Email, e.Invitation, e.DeliveryReason) },
            .. e.DeputyDelivery is null ? [] : new[]
            {
                new UndeliveredInvitation(e.InviteeId, Deputy: true, $"Người dự thay: {e.Deputy} (dự thay {e.Name})", e.DeputyEmail!, e.DeputyInvitation!, e.DeputyDeliveryReason),
            },
        ]),
    ];

    /// <summary>Addresses can be corrected and invitations sent again while invitations go out.</summary>
    public bool CanResend => CanOrganize && Conference.Status == ConferenceStatus.Inviting;

    /// <summary>The field of one correction form (the page has one per undelivered invitation).</summary>
    public static string AddressFieldOf(Guid invitee, bool deputy = false) => deputy ? $"deputy-address-{invitee:N}" : $"address-{invitee:N}";

    public Task<IActionResult> OnPostAddressAsync(Guid id, Guid invitee, [FromForm(Name = "email")] string? email, CancellationToken cancellationToken) =>
        CorrectAsync(id, invitee, email, deputy: false, cancellationToken);

    public Task<IActionResult> OnPostDeputyAddressAsync(Guid id, Guid invitee, [FromForm(Name = "email")] string? email, CancellationToken cancellationToken) =>
        CorrectAsync(id, invitee, email, deputy: true, cancellationToken);

    private async Task<IActionResult> CorrectAsync(Guid id, Guid invitee, string? email, bool deputy, CancellationToken cancellationToken)
    {
        var outcome = await service.CorrectAddressAsync(User, new ConferenceId(id), new InviteeId(invitee), email, deputy, cancellationToken);
        if (outcome is Outcome<CorrectedRecipient>.Invalid invalid)
        {
            (CorrectingInvitee, CorrectingDeputy, CorrectedEmail) = (invitee, deputy, email);
            return await RefusedAsync(
                id, AddressForm, invalid.Errors.Select(e => e.Field == ConferenceService.AddressField ? e with { Field = AddressFieldOf(invitee, deputy) } : e), cancellationToken);
        }

        return outcome is Outcome<CorrectedRecipient>.Done ? Done(id, Notices.Resent) : Refusal(outcome, id);
    }
}

/// <summary>An invitation that came back undelivered, as the page lists it: whose (the invitee's or the deputy's), to which address, and why.</summary>
internal sealed record UndeliveredInvitation(Guid InviteeId, bool Deputy, string Line, string Email, string Invitation, string? Reason);
