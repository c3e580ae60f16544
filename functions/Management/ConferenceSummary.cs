using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Functions.Management;

/// <summary>What the console shows of the conference an instance belongs to.</summary>
internal sealed record ConferenceSummary(ConferenceId Id, string Title, string CouncilId, string CouncilName, ConferenceStatus Status)
{
    public static ConferenceSummary From(Conference conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return new(conference.Id, conference.Title, conference.Council.Id.Value, conference.Council.Name, conference.Status);
    }

    /// <summary>
    /// The conference an instance id belongs to: a conference's instance id is the conference id, its conclusion's
    /// "{conference id}:conclusion", a correction's or withdrawal's "{conference id}:conclusion:{round}".
    /// </summary>
    public static ConferenceId? IdOf(string instanceId) =>
        Guid.TryParse(instanceId.AsSpan(0, instanceId.IndexOf(':') is var colon and >= 0 ? colon : instanceId.Length), out var id) ? new ConferenceId(id) : null;
}
