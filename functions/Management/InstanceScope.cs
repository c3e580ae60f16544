using System.Security.Claims;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// Which orchestration instances a user may see and steer: an administrator every one, an organizer those of his or
/// her council's conferences, anyone else none (an approver reviews conclusions; the workflows are not his or hers).
/// </summary>
internal abstract record InstanceScope
{
    private InstanceScope()
    {
    }

    public sealed record All : InstanceScope;

    public sealed record OfCouncil(CouncilId Council) : InstanceScope;

    public sealed record None : InstanceScope;

    public static InstanceScope Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsAdministrator())
        {
            return new All();
        }

        return user.IsInRole(Roles.Organizer) && user.Council() is { } council ? new OfCouncil(council) : new None();
    }
}
