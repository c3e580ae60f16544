using HdndWorkflow.Functions.Management;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Console;

/// <summary>
/// The instance page's actions. Each is posted twice: first without <c>confirmed</c>, which changes nothing and shows
/// the page with a confirmation box (no script needed), then with it, which acts and records who did it.
/// </summary>
internal sealed partial class InstanceModel
{
    /// <summary>The action waiting for confirmation, with the values to post again.</summary>
    public PendingAction? Confirming { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? EventName { get; set; }

    [BindProperty]
    public string? Payload { get; set; }

    public Task<IActionResult> OnPostRaiseEventAsync(string id, bool confirmed, CancellationToken cancellationToken) =>
        ActAsync(id, ManagementAction.RaiseEvent, confirmed, () => manager.RaiseEventAsync(User, id, EventName?.Trim() ?? string.Empty, Payload, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTerminateAsync(string id, bool confirmed, CancellationToken cancellationToken) =>
        ActAsync(id, ManagementAction.Terminate, confirmed, () => manager.TerminateAsync(User, id, Clean(Reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(string id, bool confirmed, CancellationToken cancellationToken) =>
        ActAsync(id, ManagementAction.Suspend, confirmed, () => manager.SuspendAsync(User, id, Clean(Reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(string id, bool confirmed, CancellationToken cancellationToken) =>
        ActAsync(id, ManagementAction.Resume, confirmed, () => manager.ResumeAsync(User, id, Clean(Reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRestartAsync(string id, bool confirmed, CancellationToken cancellationToken) =>
        ActAsync(id, ManagementAction.Restart, confirmed, () => manager.RestartAsync(User, id, newInstanceId: false, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRewindAsync(string id, bool confirmed, CancellationToken cancellationToken) =>
        ActAsync(id, ManagementAction.Rewind, confirmed, () => manager.RewindAsync(User, id, Clean(Reason), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostPurgeAsync(string id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            return await ConfirmAsync(id, ManagementAction.Purge, cancellationToken);
        }

        var purged = await manager.PurgeAsync(User, id, cancellationToken);
        return purged is Managed<int>.Done
            ? LocalRedirect($"{ListPath}?{IndexModel.NoticeQuery}={nameof(ManagementAction.Purge)}")
            : Refusal(purged, id);
    }

    private async Task<IActionResult> ActAsync(string id, ManagementAction action, bool confirmed, Func<Task<Managed<bool>>> act, CancellationToken cancellationToken)
    {
        if (action == ManagementAction.RaiseEvent && string.IsNullOrWhiteSpace(EventName))
        {
            return await RefusedAsync(id, new Domain.ValidationError(nameof(EventName), "Hãy nhập tên sự kiện."), cancellationToken);
        }

        if (action == ManagementAction.RaiseEvent && Workflow.WorkflowEvents.Payload(EventName!.Trim(), Payload, out var eventError) is null)
        {
            return await RefusedAsync(id, new Domain.ValidationError(Field(eventError!.Field), eventError.Message), cancellationToken);
        }

        if (!confirmed)
        {
            return await ConfirmAsync(id, action, cancellationToken);
        }

        return await act() switch
        {
            Managed<bool>.Done => LocalRedirect($"{InstancePath(id)}?tb={action}"),
            Managed<bool>.Invalid invalid => await RefusedAsync(id, new Domain.ValidationError(Field(invalid.Field), invalid.Message), cancellationToken),
            var refused => Refusal(refused, id),
        };
    }

    // The page again, asking to confirm; nothing is done yet.
    private async Task<IActionResult> ConfirmAsync(string id, ManagementAction action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Confirming = new PendingAction(action, Clean(Reason), EventName?.Trim(), Payload);
        return Page();
    }

    // The page again with the error at its field, and what the user typed kept.
    private async Task<IActionResult> RefusedAsync(string id, Domain.ValidationError error, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Errors = new FormErrors([error]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    // The service's field names, as the page's form names them.
    private static string Field(string field) => field switch
    {
        "eventName" => nameof(EventName),
        "payload" => nameof(Payload),
        "reason" => nameof(Reason),
        _ => field,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An action the page asks to confirm, and the values it will post again.</summary>
internal sealed record PendingAction(ManagementAction Action, string? Reason, string? EventName, string? Payload)
{
    public string Handler => Action.ToString();

    public string Question => Action switch
    {
        ManagementAction.RaiseEvent => $"Gửi sự kiện “{EventName}” tới quy trình?",
        ManagementAction.Terminate => "Dừng hẳn quy trình? Quy trình không chạy tiếp được nữa (chỉ có thể chạy lại từ đầu).",
        ManagementAction.Suspend => "Tạm dừng quy trình? Trong lúc tạm dừng, quy trình không gửi thư, không làm bước nào; sự kiện gửi tới vẫn được giữ lại.",
        ManagementAction.Resume => "Cho quy trình chạy tiếp?",
        ManagementAction.Restart => "Chạy lại quy trình từ đầu với đầu vào cũ? Quy trình đọc lại dữ liệu đã lưu; thư đã gửi không gửi lại.",
        ManagementAction.Rewind => "Tua lại quy trình? Các bước lỗi chạy lại; các bước đã xong giữ nguyên kết quả.",
        ManagementAction.Purge => "Xóa lịch sử của quy trình? Không thể hoàn tác; nhật ký thao tác vẫn được giữ.",
        _ => "Xác nhận thao tác?",
    };

    public string Button => Action switch
    {
        ManagementAction.RaiseEvent => "Xác nhận gửi sự kiện",
        ManagementAction.Terminate => "Xác nhận dừng hẳn",
        ManagementAction.Suspend => "Xác nhận tạm dừng",
        ManagementAction.Resume => "Xác nhận chạy tiếp",
        ManagementAction.Restart => "Xác nhận chạy lại",
        ManagementAction.Rewind => "Xác nhận tua lại",
        ManagementAction.Purge => "Xác nhận xóa lịch sử",
        _ => "Xác nhận",
    };
}
