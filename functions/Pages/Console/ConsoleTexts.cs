using System.Globalization;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences.Workflow;
using Microsoft.DurableTask.Client;
using NodaTime;

namespace HdndWorkflow.Functions.Pages.Console;

/// <summary>The console's words for the engine's names, and its times: dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh.</summary>
internal static class ConsoleTexts
{
    public static IReadOnlyList<(OrchestrationRuntimeStatus Status, string Label)> Statuses { get; } =
    [
        (OrchestrationRuntimeStatus.Pending, "Chờ bắt đầu"),
        (OrchestrationRuntimeStatus.Running, "Đang chạy"),
        (OrchestrationRuntimeStatus.Suspended, "Tạm dừng"),
        (OrchestrationRuntimeStatus.Completed, "Hoàn thành"),
        (OrchestrationRuntimeStatus.Failed, "Lỗi"),
        (OrchestrationRuntimeStatus.Terminated, "Đã dừng hẳn"),
    ];

    public static string Status(OrchestrationRuntimeStatus status) =>
        Statuses.FirstOrDefault(s => s.Status == status).Label ?? status.ToString();

    /// <summary>An orchestrator's or activity's name in words, with the name itself for whoever reads the code.</summary>
    public static string Function(string? name) => name is null ? "—" : Functions.TryGetValue(name, out var label) ? $"{label} ({name})" : name;

    /// <summary>An orchestrator's name in words alone (the list).</summary>
    public static string Orchestrator(string name) => Functions.GetValueOrDefault(name, name);

    /// <summary>The step a custom status names as next (the orchestrations' own names) in words.</summary>
    public static string Step(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.StartsWith("reminder-", StringComparison.Ordinal) && step.EndsWith('h')
            && int.TryParse(step.AsSpan(9, step.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
        {
            return string.Create(CultureInfo.InvariantCulture, $"nhắc người chưa trả lời ({hours} giờ trước hạn đăng ký)");
        }

        return step switch
        {
            "close-registration" => "khóa đăng ký",
            "held" => "ghi nhận hội nghị đã diễn ra",
            ConferenceOrchestrator.Conclusion => "quy trình kết luận",
            "outcome" => "chờ kết quả hội nghị",
            "submission" => "chờ trình dự thảo",
            "decision" => "chờ người duyệt quyết định",
            "end" => "kết thúc",
            _ => Functions.TryGetValue(step, out var label) ? label : step,
        };
    }

    public static string Event(string? type) => type is not null && Events.TryGetValue(type, out var label) ? label : type ?? "—";

    public static string Action(HdndWorkflow.Functions.Management.ManagementAction action) => action switch
    {
        HdndWorkflow.Functions.Management.ManagementAction.RaiseEvent => "gửi sự kiện",
        HdndWorkflow.Functions.Management.ManagementAction.Terminate => "dừng hẳn",
        HdndWorkflow.Functions.Management.ManagementAction.Suspend => "tạm dừng",
        HdndWorkflow.Functions.Management.ManagementAction.Resume => "cho chạy tiếp",
        HdndWorkflow.Functions.Management.ManagementAction.Restart => "chạy lại từ đầu",
        HdndWorkflow.Functions.Management.ManagementAction.Rewind => "tua lại",
        HdndWorkflow.Functions.Management.ManagementAction.Purge => "xóa lịch sử",
        HdndWorkflow.Functions.Management.ManagementAction.PurgeMany => "xóa lịch sử hàng loạt",
        _ => "thao tác",
    };

    /// <summary>"05/08/2026 14:30": a UTC instant in Vietnam's time.</summary>
    public static string Time(DateTimeOffset at) =>
        VietnamTime.ToLocal(Instant.FromDateTimeOffset(at)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => Time(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>A payload shortened for the page: at most <paramref name="max"/> characters, then how long it was.</summary>
    public static string Truncated(string? text, int max = 300) =>
        text is null ? "—" : text.Length <= max ? text : string.Create(Vietnamese, $"{text[..max]}… ({text.Length:N0} ký tự)");

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly Dictionary<string, string> Functions = new(StringComparer.Ordinal)
    {
        [nameof(ConferenceOrchestrator)] = "Quy trình hội nghị",
        [nameof(ConclusionOrchestrator)] = "Quy trình kết luận",
        [nameof(LoadConferencePlan)] = "Đọc kế hoạch hội nghị",
        [nameof(SendConferenceMail)] = "Gửi thư hội nghị",
        [nameof(AdvanceConference)] = "Chuyển trạng thái hội nghị",
        [nameof(LoadConclusionPlan)] = "Đọc kế hoạch kết luận",
        [nameof(OpenConclusion)] = "Mở kết luận",
        [nameof(DraftConclusion)] = "Soạn dự thảo kết luận",
        [nameof(AllocateNoticeNumber)] = "Cấp số thông báo",
        [nameof(PublishConclusion)] = "Đăng kết luận",
        [nameof(SendConclusionMail)] = "Gửi thư kết luận",
    };

    private static readonly Dictionary<string, string> Events = new(StringComparer.Ordinal)
    {
        ["ExecutionStarted"] = "Bắt đầu",
        ["ExecutionCompleted"] = "Kết thúc",
        ["ExecutionTerminated"] = "Bị dừng hẳn",
        ["ExecutionSuspended"] = "Tạm dừng",
        ["ExecutionResumed"] = "Chạy tiếp",
        ["ExecutionRewound"] = "Tua lại",
        ["TaskScheduled"] = "Đang chạy bước",
        ["TaskCompleted"] = "Bước xong",
        ["TaskFailed"] = "Bước lỗi",
        ["SubOrchestrationInstanceCreated"] = "Đang chạy quy trình con",
        ["SubOrchestrationInstanceCompleted"] = "Quy trình con xong",
        ["SubOrchestrationInstanceFailed"] = "Quy trình con lỗi",
        ["TimerCreated"] = "Đặt hẹn giờ",
        ["TimerFired"] = "Đến giờ hẹn",
        ["EventRaised"] = "Nhận sự kiện",
        ["EventSent"] = "Gửi sự kiện",
        ["ContinueAsNew"] = "Bắt đầu lượt mới",
        ["GenericEvent"] = "Bước đã tua lại",
    };
}
