using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Api;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>The conference page's invitations that did not arrive: each with its address to correct and send again.</summary>
internal sealed partial class DetailsModel
{
    public const string AddressForm = "address";

    /// <summary>The invitee whose corrected address was refused, and what was typed.</summary>
    public Guid? CorrectingInvitee { get; private set; }

    public string? CorrectedEmail { get; private set; }

    /// <summary>The roll's lines whose invitation came back undelivered.</summary>
    public IReadOnlyList<RollLine> Undelivered => [.. Roll!.Entries.Where(e => e.Delivery is not null)];

    /// <summary>Addresses can be corrected and invitations sent again while invitations go out.</summary>
    public bool CanResend => CanOrganize && Conference.Status == ConferenceStatus.Inviting;

    /// <summary>The field of one invitee's correction form (the page has one per undelivered invitation).</summary>
    public static string AddressFieldOf(Guid invitee) => $"address-{invitee:N}";

    public async Task<IActionResult> OnPostAddressAsync(Guid id, Guid invitee, [FromForm(Name = "email")] string? email, CancellationToken cancellationToken)
    {
        var outcome = await service.CorrectAddressAsync(User, new ConferenceId(id), new InviteeId(invitee), email, cancellationToken);
        if (outcome is Outcome<Invitee>.Invalid invalid)
        {
            CorrectingInvitee = invitee;
            CorrectedEmail = email;
            return await RefusedAsync(
                id, AddressForm, invalid.Errors.Select(e => e.Field == ConferenceService.AddressField ? e with { Field = AddressFieldOf(invitee) } : e), cancellationToken);
        }

        return outcome is Outcome<Invitee>.Done ? Done(id, Notices.Resent) : Refusal(outcome, id);
    }
}
