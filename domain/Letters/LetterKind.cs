namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// The letters sent about a conference. Every letter but the reminder says that a calendar file (.ics) is attached:
/// the sender attaches it (REQUEST, or CANCEL for the cancellation).
/// </summary>
public enum LetterKind
{
    /// <summary>Giấy mời: the invitation, with the three answers and the calendar invite attached. To an invitee.</summary>
    Invitation,

    /// <summary>
    /// The conference was rescheduled: what changed, that earlier answers stand and may be changed until the new
    /// deadline. To an invitee (with the answers) or a deputy (with the link to the details).
    /// </summary>
    Update,

    /// <summary>Nhắc xác nhận: the invitee has not answered yet; the deadline and the three answers. To an invitee.</summary>
    Reminder,

    /// <summary>The conference is cancelled; apologies, no actions. To an invitee or a deputy.</summary>
    Cancellation,

    /// <summary>To the deputy an invitee sent: who sent them, the conference, the link to the details.</summary>
    DeputyInvitation,
}
