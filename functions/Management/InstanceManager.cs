using System.Security.Claims;
using DurableTask.Core;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.TaskHub.Client;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// Reads and steers one orchestration instance for the console and the management API: one implementation behind
/// both, so that both check the same scope (<see cref="InstanceAccess"/>), refuse the same things (Durable Functions'
/// rules: 410 for what no longer applies to a finished instance; the app's: 409 for what its state forbids) and record
/// every action with who did it (<see cref="ManagementAudit"/>). This file: reading; <c>.Actions</c>: the actions.
/// </summary>
internal sealed partial class InstanceManager(
    InstanceAccess access, TaskHubClientShim engine, IOrchestrationServiceClient service, ManagementAudit audit, ILogger<InstanceManager> logger)
{
    /// <summary>The instance with its inputs and outputs and, with <paramref name="withHistory"/>, its history.</summary>
    public async Task<Managed<InstanceDetails>> GetAsync(ClaimsPrincipal user, string instanceId, bool withHistory, CancellationToken cancellationToken)
    {
        var allowed = await access.CheckAsync(user, instanceId, cancellationToken);
        if (allowed is not Managed<ConferenceSummary?>.Done { Value: var conference })
        {
            return Refused<InstanceDetails>(allowed);
        }

        if (await engine.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken) is not { } instance)
        {
            return new Managed<InstanceDetails>.NotFound();
        }

        // As in Durable Functions, a Pending instance has no history to show yet.
        var history = withHistory && instance.RuntimeStatus != OrchestrationRuntimeStatus.Pending
            ? InstanceHistory.Parse(await service.GetOrchestrationHistoryAsync(instanceId, executionId: null))
            : null;
        return new InstanceDetails(instance, conference, history);
    }

    /// <summary>The latest recorded actions on the instance, for its page.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(string instanceId, CancellationToken cancellationToken) =>
        audit.ListAsync(instanceId, max: 20, cancellationToken);

    private static Managed<T> Refused<T>(Managed<ConferenceSummary?> refusal) => refusal switch
    {
        Managed<ConferenceSummary?>.Forbidden => new Managed<T>.Forbidden(),
        _ => new Managed<T>.NotFound(),
    };

    private static string RoleOf(ClaimsPrincipal user) => user.IsAdministrator() ? Roles.Administrator : Roles.Organizer;
}

/// <summary>One instance as read for its page or its status: its conference when it has one, its history when asked.</summary>
internal sealed record InstanceDetails(OrchestrationMetadata Instance, ConferenceSummary? Conference, InstanceHistory? History);
