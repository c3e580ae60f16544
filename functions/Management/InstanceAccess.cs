using System.Security.Claims;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// Whether a user may see and steer one instance (see <see cref="InstanceScope"/>). An organizer's instance is found
/// through its conference (the instance id starts with the conference id): another council's answers 403, an id that
/// belongs to no conference 404, whether or not the engine knows it.
/// </summary>
internal sealed class InstanceAccess(ConferenceStore conferences)
{
    /// <summary>Allowed: the conference the instance belongs to, when there is one.</summary>
    public async Task<Managed<ConferenceSummary?>> CheckAsync(ClaimsPrincipal user, string instanceId, CancellationToken cancellationToken)
    {
        var scope = InstanceScope.Of(user);
        if (scope is InstanceScope.None)
        {
            return new Managed<ConferenceSummary?>.Forbidden();
        }

        var conference = ConferenceSummary.IdOf(instanceId) is { } id && await conferences.GetHeaderAsync(id, cancellationToken) is var (header, _)
            ? ConferenceSummary.From(header)
            : null;
        return scope switch
        {
            InstanceScope.All => conference,
            InstanceScope.OfCouncil _ when conference is null => new Managed<ConferenceSummary?>.NotFound(),
            InstanceScope.OfCouncil council when conference!.CouncilId == council.Council.Value => conference,
            _ => new Managed<ConferenceSummary?>.Forbidden(),
        };
    }
}
