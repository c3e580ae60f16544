using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>What happened to a conference, from the invitations to the published article.</summary>
public enum TimelineKind
{
    Invited,
    Answered,
    Held,
    OutcomeRecorded,
    Drafted,
    Revised,
    Submitted,
    ChangesRequested,
    Approved,
    Numbered,
    Published,
    CorrectionProposed,
    CorrectionRefused,
    Corrected,
    WithdrawalRequested,
    WithdrawalRefused,
    Withdrawn,
}

/// <summary>One line of a conclusion's timeline, numbered in the order it was recorded.</summary>
/// <param name="Revision">The revision it concerns, if any.</param>
/// <param name="Detail">A short Vietnamese detail ("12 đại biểu", the correction note, the reason), if any.</param>
public sealed record TimelineEvent(int Sequence, TimelineKind Kind, Instant At, Actor By, int? Revision = null, string? Detail = null);

/// <summary>Vietnamese labels of the timeline, for pages and e-mails.</summary>
public static class TimelineKinds
{
    public static string Label(this TimelineKind kind) => kind switch
    {
        TimelineKind.Invited => "Gửi giấy mời",
        TimelineKind.Answered => "Đại biểu xác nhận tham dự",
        TimelineKind.Held => "Hội nghị diễn ra",
        TimelineKind.OutcomeRecorded => "Ghi nhận kết quả hội nghị",
        TimelineKind.Drafted => "Soạn dự thảo",
        TimelineKind.Revised => "Sửa dự thảo",
        TimelineKind.Submitted => "Trình duyệt",
        TimelineKind.ChangesRequested => "Đề nghị chỉnh sửa",
        TimelineKind.Approved => "Duyệt",
        TimelineKind.Numbered => "Cấp số thông báo",
        TimelineKind.Published => "Đăng bài và gửi thông báo",
        TimelineKind.CorrectionProposed => "Đề nghị đính chính",
        TimelineKind.CorrectionRefused => "Không đồng ý đính chính",
        TimelineKind.Corrected => "Đính chính",
        TimelineKind.WithdrawalRequested => "Đề nghị gỡ bài",
        TimelineKind.WithdrawalRefused => "Không đồng ý gỡ bài",
        TimelineKind.Withdrawn => "Gỡ bài",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown timeline event."),
    };
}
