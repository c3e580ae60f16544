using HdndWorkflow.Functions.Management;
using HdndWorkflow.Functions.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Pages.Console;

/// <summary>
/// <c>/quy-trinh/{id}</c>: one instance: where it stands, what it waits for (timers, events, calls under way), its
/// history as a timeline, who did what to it; and the actions its status allows, each confirmed on a second step
/// (this file: showing the page; <c>.Actions</c>: the actions).
/// </summary>
internal sealed partial class InstanceModel(InstanceManager manager) : ConsolePageModel
{
    /// <summary>The most history events the page shows (the latest); the API gives them all.</summary>
    public const int MaxTimeline = 300;

    public string Id { get; private set; } = string.Empty;

    public InstanceDetails Details { get; private set; } = null!;

    public OrchestrationMetadata Instance => Details.Instance;

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>How many history events there are in all (the page shows the latest <see cref="MaxTimeline"/>).</summary>
    public int TimelineCount { get; private set; }

    public IReadOnlyList<DateTime> PendingTimers { get; private set; } = [];

    public IReadOnlyList<string> AwaitedEvents { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    /// <summary>Why the instance failed, from its last event (with the stack) or, failing that, its status.</summary>
    public TimelineFailure? Failure { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The step the instance's custom status says it waits for, and when it is due.</summary>
    public (string? Next, DateTime? At) Progress { get; private set; }

    public string Path => InstancePath(Id);

    public bool Running => Instance.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;

    public async Task<IActionResult> OnGetAsync(string id, [FromQuery(Name = "tb")] string? notice, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Notice = Notices.GetValueOrDefault(notice ?? string.Empty);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        var read = await manager.GetAsync(User, id, withHistory: true, cancellationToken);
        if (read is not Managed<InstanceDetails>.Done { Value: var details })
        {
            return Refusal(read);
        }

        Details = details;
        if (details.History is { } history)
        {
            var all = TimelineEntry.From(history.ToDurableFunctions(showHistoryOutput: true, showInput: true));
            TimelineCount = all.Count;
            Timeline = [.. all.TakeLast(MaxTimeline)];
            PendingTimers = Running ? history.PendingTimers() : [];
        }

        Progress = ProgressOf(Instance.SerializedCustomStatus);
        AwaitedEvents = Running ? Workflows.AwaitedEvents.GetValueOrDefault(Instance.Name) ?? [] : [];
        Failure = Instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed
            ? Timeline.LastOrDefault(e => e.Type == "ExecutionCompleted")?.Failure
                ?? (Instance.FailureDetails is { } f ? new TimelineFailure(f.ErrorType, f.ErrorMessage, f.StackTrace) : null)
            : null;
        Audit = await manager.AuditAsync(id, cancellationToken);
        return null;
    }

    private static (string?, DateTime?) ProgressOf(string? customStatus)
    {
        if (customStatus is null)
        {
            return (null, null);
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(customStatus);
            var root = json.RootElement;
            return root.ValueKind != System.Text.Json.JsonValueKind.Object
                ? (null, null)
                : (root.TryGetProperty("next", out var next) && next.ValueKind == System.Text.Json.JsonValueKind.String ? next.GetString() : null,
                   root.TryGetProperty("nextAt", out var at) && at.ValueKind == System.Text.Json.JsonValueKind.String && at.TryGetDateTime(out var due) ? due.ToUniversalTime() : null);
        }
        catch (System.Text.Json.JsonException)
        {
            return (null, null);
        }
    }

    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        [nameof(ManagementAction.RaiseEvent)] = "Đã gửi sự kiện. Quy trình nhận nó ở lượt chạy kế tiếp.",
        [nameof(ManagementAction.Terminate)] = "Đã gửi yêu cầu dừng hẳn. Quy trình dừng khi bộ máy xử lý yêu cầu (thường trong vài giây).",
        [nameof(ManagementAction.Suspend)] = "Đã gửi yêu cầu tạm dừng. Quy trình tạm dừng khi bộ máy xử lý yêu cầu.",
        [nameof(ManagementAction.Resume)] = "Đã gửi yêu cầu chạy tiếp.",
        [nameof(ManagementAction.Restart)] = "Đã chạy lại quy trình từ đầu với đầu vào cũ.",
        [nameof(ManagementAction.Rewind)] = "Đã tua lại quy trình: các bước lỗi sẽ chạy lại.",
    };
}
