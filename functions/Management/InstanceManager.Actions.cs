using System.Security.Claims;
using System.Text.Json;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management;

/// <summary>The actions on instances: each checked, done, recorded with who did it and logged.</summary>
internal sealed partial class InstanceManager
{
    /// <summary>The statuses a purge by filter may remove: finished ones only, as for a single purge.</summary>
    public static readonly IReadOnlyList<OrchestrationRuntimeStatus> Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    /// <summary>
    /// The longest reason an action takes: it is kept in the instance's history and the audit record (a table
    /// property holds at most 32,000 characters), and a person's reason is a sentence or two.
    /// </summary>
    public const int MaxReasonLength = 1000;

    // "1.000": thousands as Vietnamese writes them.
    private static readonly System.Globalization.CultureInfo VietnameseNumbers = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    private const string FinishedMessage = "Quy trình đã kết thúc: thao tác này không còn áp dụng.";

    /// <summary>
    /// Sends one of the events the workflows wait for (<see cref="Workflow.WorkflowEvents"/>); <paramref name="payload"/>
    /// is its JSON. Anything else is refused before it reaches an orchestration, which would fail on a payload it cannot
    /// read or keep an event it never takes.
    /// </summary>
    public async Task<Managed<bool>> RaiseEventAsync(ClaimsPrincipal user, string instanceId, string eventName, string? payload, CancellationToken cancellationToken)
    {
        if (Workflow.WorkflowEvents.Payload(eventName, payload, out var error) is not { } data)
        {
            return new Managed<bool>.Invalid(error!.Field, error.Message);
        }

        return await ActAsync(user, instanceId, ManagementAction.RaiseEvent, eventName, Running,
            () => engine.RaiseEventAsync(instanceId, eventName, data, cancellationToken), cancellationToken);
    }

    public Task<Managed<bool>> TerminateAsync(ClaimsPrincipal user, string instanceId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(user, instanceId, ManagementAction.Terminate, reason, Running,
            () => engine.TerminateInstanceAsync(instanceId, new TerminateInstanceOptions(Output: reason), cancellationToken), cancellationToken);

    public Task<Managed<bool>> SuspendAsync(ClaimsPrincipal user, string instanceId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(user, instanceId, ManagementAction.Suspend, reason, Running,
            () => engine.SuspendInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    public Task<Managed<bool>> ResumeAsync(ClaimsPrincipal user, string instanceId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(user, instanceId, ManagementAction.Resume, reason, Running,
            () => engine.ResumeInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    /// <summary>
    /// Starts a finished instance again, under its own id, with the input it had. A new id is refused: the app finds a
    /// conference's or conclusion's orchestration by its id, so a copy under another id would run beside it unseen.
    /// </summary>
    public Task<Managed<bool>> RestartAsync(ClaimsPrincipal user, string instanceId, bool newInstanceId, CancellationToken cancellationToken) =>
        newInstanceId
            ? Task.FromResult<Managed<bool>>(new Managed<bool>.Invalid(
                "restartWithNewInstanceId", "Chỉ chạy lại được với chính mã quy trình cũ: hệ thống tìm quy trình của hội nghị theo mã này."))
            : ActAsync(user, instanceId, ManagementAction.Restart, null,
                i => i.IsCompleted ? null : new Managed<bool>.Conflict("Quy trình đang chạy: hãy dừng hẳn trước khi chạy lại từ đầu."),
                () => engine.RestartAsync(instanceId, restartWithNewInstanceId: false, cancellationToken), cancellationToken);

    /// <summary>Rewinds a Failed instance past its failures, when the engine can (see <c>TaskHubClientShim.RewindInstanceAsync</c>).</summary>
    public Task<Managed<bool>> RewindAsync(ClaimsPrincipal user, string instanceId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(user, instanceId, ManagementAction.Rewind, reason,
            i => i.RuntimeStatus switch
            {
                OrchestrationRuntimeStatus.Failed => null,
                OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Terminated => new Managed<bool>.Gone(FinishedMessage),
                _ => new Managed<bool>.Conflict("Chỉ tua lại được quy trình bị lỗi."),
            },
            () => engine.RewindInstanceAsync(instanceId, reason ?? string.Empty, cancellationToken), cancellationToken,
            refused: "Quy trình đã thử lại hoặc chạy tiếp sau khi lỗi (theo chính sách thử lại): bộ máy không tua lại được. Hãy chạy lại từ đầu.");

    /// <summary>Deletes a finished instance's row, history and large messages; the audit record stays.</summary>
    public async Task<Managed<int>> PurgeAsync(ClaimsPrincipal user, string instanceId, CancellationToken cancellationToken)
    {
        var purged = 0;
        var done = await ActAsync(user, instanceId, ManagementAction.Purge, null,
            i => i.IsCompleted ? null : new Managed<bool>.Conflict("Quy trình đang chạy: chỉ xóa được lịch sử của quy trình đã kết thúc."),
            async () => purged = (await engine.PurgeInstanceAsync(instanceId, cancellation: cancellationToken)).PurgedInstanceCount,
            cancellationToken);
        return done switch
        {
            Managed<bool>.Done when purged == 0 => new Managed<int>.NotFound(),
            Managed<bool>.Done => purged,
            Managed<bool>.Forbidden => new Managed<int>.Forbidden(),
            Managed<bool>.Conflict c => new Managed<int>.Conflict(c.Message),
            _ => new Managed<int>.NotFound(),
        };
    }

    /// <summary>
    /// Purges the finished instances created in a time window (administrators only: a window spans every council).
    /// <paramref name="statuses"/> narrows them, among Completed, Failed and Terminated.
    /// </summary>
    public async Task<Managed<int>> PurgeManyAsync(
        ClaimsPrincipal user, DateTimeOffset? createdFrom, DateTimeOffset? createdTo, IReadOnlyList<OrchestrationRuntimeStatus> statuses, CancellationToken cancellationToken)
    {
        if (InstanceScope.Of(user) is not InstanceScope.All)
        {
            return new Managed<int>.Forbidden();
        }

        if (createdFrom is not { } from)
        {
            return new Managed<int>.Invalid("createdTimeFrom", "Hãy cho biết từ thời điểm nào (createdTimeFrom).");
        }

        if (statuses.Except(Finished).Any())
        {
            return new Managed<int>.Invalid("runtimeStatus", "Chỉ xóa được quy trình đã kết thúc: Completed, Failed hoặc Terminated.");
        }

        var filter = new PurgeInstancesFilter(from, createdTo, statuses.Count > 0 ? statuses : Finished);
        var purged = (await engine.PurgeAllInstancesAsync(filter, cancellation: cancellationToken)).PurgedInstanceCount;
        var key = await audit.RecordAsync(null, ManagementAction.PurgeMany, user,
            $"{from:O} – {createdTo?.ToString("O") ?? "…"}; {string.Join(", ", filter.Statuses!)}; {purged}", cancellationToken);
        logger.ManagementActionDone(ManagementAction.PurgeMany, null, RoleOf(user), key);
        return purged == 0 ? new Managed<int>.NotFound() : purged;
    }

    // Durable Functions' rule for raise event, terminate, suspend and resume: not once the instance has finished.
    private static Managed<bool>? Running(OrchestrationMetadata instance) => instance.IsCompleted ? new Managed<bool>.Gone(FinishedMessage) : null;

    private async Task<Managed<bool>> ActAsync(
        ClaimsPrincipal user,
        string instanceId,
        ManagementAction action,
        string? detail,
        Func<OrchestrationMetadata, Managed<bool>?> precondition,
        Func<Task> act,
        CancellationToken cancellationToken,
        string? refused = null)
    {
        var allowed = await access.CheckAsync(user, instanceId, cancellationToken);
        if (allowed is not Managed<ConferenceSummary?>.Done)
        {
            return Refused<bool>(allowed);
        }

        // The detail is the reason given (an event's name is one of the few the workflows wait for, checked before).
        if (detail is { Length: > MaxReasonLength })
        {
            return new Managed<bool>.Invalid("reason", string.Create(VietnameseNumbers, $"Lý do dài quá {MaxReasonLength:N0} ký tự: hãy viết ngắn lại."));
        }

        if (await engine.GetInstanceAsync(instanceId, cancellationToken) is not { } instance)
        {
            return new Managed<bool>.NotFound();
        }

        if (precondition(instance) is { } refusal)
        {
            return refusal;
        }

        try
        {
            await act();
        }
        catch (Exception e) when (e is InvalidOperationException or OrchestrationAlreadyExistsException)
        {
            // The engine's own check, when the state changed since it was read (or, for a rewind, the history).
            logger.ManagementActionRefused(action, instanceId, e.Message);
            return new Managed<bool>.Conflict(refused ?? "Trạng thái quy trình vừa thay đổi: hãy tải lại trang và thử lại.");
        }

        var key = await audit.RecordAsync(instanceId, action, user, detail, cancellationToken);
        logger.ManagementActionDone(action, instanceId, RoleOf(user), key);
        return true;
    }
}
