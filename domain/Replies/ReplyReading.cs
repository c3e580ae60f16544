using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Replies;

/// <summary>
/// What a reply says, as <see cref="ReplyClassifier"/> reads it: clearly an acceptance, a refusal (with the reason
/// given) or a deputy (name, title and, when given, e-mail); anything else is <see cref="Unclear"/> and goes to the
/// organizer, never guessed. The cases are closed.
/// </summary>
public abstract record ReplyReading
{
    private ReplyReading()
    {
    }

    /// <summary>The answer to record, or null when the reply is unclear.</summary>
    public abstract InvitationResponse? Response { get; }

    /// <summary>"Xác nhận tham dự."</summary>
    public sealed record Accept : ReplyReading
    {
        public override InvitationResponse Response => new InvitationResponse.Accepted();
    }

    /// <summary>"Xin phép vắng mặt vì trùng lịch tiếp xúc cử tri." The reason as written, when one is given.</summary>
    public sealed record Decline(string? Reason) : ReplyReading
    {
        public override InvitationResponse Response => new InvitationResponse.Declined(Reason);
    }

    /// <summary>"Cử đồng chí Lê Văn B, Phó Chủ tịch HĐND phường dự thay."</summary>
    public sealed record SendDeputy(Deputy Deputy) : ReplyReading
    {
        public override InvitationResponse Response => new InvitationResponse.DeputySent(Deputy);
    }

    /// <summary>
    /// Not clearly one of the answers: the organizer reads it and records the answer. <paramref name="Deputy"/> holds
    /// what was found of a deputy (a name without a title, say), to prefill the organizer's form.
    /// </summary>
    public sealed record Unclear(UnclearReason Reason, Deputy? Deputy = null) : ReplyReading
    {
        public override InvitationResponse? Response => null;
    }
}

/// <summary>Why a reply was left to the organizer.</summary>
public enum UnclearReason
{
    /// <summary>Nothing new was written (only the quoted invitation, or a signature).</summary>
    Empty,

    /// <summary>An automatic reply: out of office, on leave.</summary>
    AutoReply,

    /// <summary>It says yes and no (part of the conference, two answers).</summary>
    Conflicting,

    /// <summary>Maybe, a condition, a later answer promised, a qualification ("nhưng sẽ đến muộn").</summary>
    Uncertain,

    /// <summary>It asks something.</summary>
    Question,

    /// <summary>A deputy is meant, but the name or the title is missing.</summary>
    DeputyIncomplete,

    /// <summary>No answer recognised.</summary>
    NotUnderstood,

    /// <summary>Too long to be a simple answer: it needs a reader.</summary>
    TooLong,

    /// <summary>A calendar answer from someone the invitation was not sent to (a forwarded invitation accepted).</summary>
    OtherAttendee,

    /// <summary>A calendar answer to a version of the invitation from before the conference was rescheduled.</summary>
    OutdatedCalendar,

    /// <summary>The deputy replied: changing the answer is the invitee's to do.</summary>
    DeputyReply,
}

/// <summary>Vietnamese words for the organizer's queue.</summary>
public static class UnclearReasons
{
    extension(UnclearReason reason)
    {
        public string DisplayName => reason switch
        {
            UnclearReason.Empty => "Thư không có nội dung trả lời",
            UnclearReason.AutoReply => "Thư trả lời tự động (vắng mặt, nghỉ phép)",
            UnclearReason.Conflicting => "Nội dung vừa nhận lời vừa từ chối",
            UnclearReason.Uncertain => "Trả lời chưa dứt khoát hoặc kèm điều kiện",
            UnclearReason.Question => "Thư có câu hỏi",
            UnclearReason.DeputyIncomplete => "Cử người dự thay nhưng thiếu họ tên hoặc chức vụ",
            UnclearReason.NotUnderstood => "Không nhận ra câu trả lời",
            UnclearReason.TooLong => "Thư dài, cần người đọc",
            UnclearReason.OtherAttendee => "Trả lời qua lịch từ người không phải đại biểu được mời",
            UnclearReason.OutdatedCalendar => "Trả lời qua lịch cho thời gian cũ (trước khi dời lịch)",
            UnclearReason.DeputyReply => "Người dự thay trả lời; việc thay đổi do đại biểu được mời quyết định",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
        };
    }
}
