using System.Security.Claims;
using HdndWorkflow.Domain.Councils;

namespace HdndWorkflow.Functions.Identity;

/// <summary>Resource checks: organizers and approvers act for their own council only; administrators for all.</summary>
public static class CouncilAccess
{
    public static bool CanOrganize(this ClaimsPrincipal user, CouncilId council) => user.Serves(Roles.Organizer, council);

    public static bool CanApprove(this ClaimsPrincipal user, CouncilId council) => user.Serves(Roles.Approver, council);

    public static bool IsAdministrator(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Administrator);
    }

    /// <summary>The council the user serves, if any.</summary>
    public static CouncilId? Council(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(Roles.CouncilClaim) is { } id ? new CouncilId(id) : null;
    }

    private static bool Serves(this ClaimsPrincipal user, string role, CouncilId council) =>
        user.IsAdministrator() || (user.IsInRole(role) && user.Council() == council);
}
