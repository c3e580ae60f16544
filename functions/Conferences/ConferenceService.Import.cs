using System.Security.Claims;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Import;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>Invitees imported from a CSV file.</summary>
internal sealed partial class ConferenceService
{
    /// <summary>
    /// Reads the file and adds its invitees. A file with bad lines imports nothing, every bad line reported with its
    /// number and reason, unless <paramref name="skipInvalidLines"/>: then the good lines are imported.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<Invitee>>> ImportInviteesAsync(
        ClaimsPrincipal user, ConferenceId id, Stream csv, bool skipInvalidLines, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not var (conference, _, _))
        {
            return new Outcome<IReadOnlyList<Invitee>>.NotFound();
        }

        if (!user.CanOrganize(conference.Council.Id))
        {
            return new Outcome<IReadOnlyList<Invitee>>.Forbidden();
        }

        var import = await InviteeCsvReader.ReadAsync(csv, conference.Invitees.Select(i => i.Email), () => new InviteeId(Guid.NewGuid()), cancellationToken);
        var invitees = import.ToImport(skipInvalidLines);
        return invitees.IsSuccess
            ? await AddInviteesAsync(user, id, invitees.Value, cancellationToken)
            : new Outcome<IReadOnlyList<Invitee>>.Invalid(invitees.Errors);
    }
}
