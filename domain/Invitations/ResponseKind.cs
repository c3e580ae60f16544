namespace HdndWorkflow.Domain.Invitations;

/// <summary>The kind of an invitee's answer, as a flat value for storage and counting.</summary>
public enum ResponseKind
{
    NoAnswer,
    Accepted,
    Declined,
    DeputySent,

    /// <summary>Maybe: the invitee's calendar answered "Tentative". Not yet an answer to count on: still reminded.</summary>
    Tentative,
}

/// <summary>Vietnamese labels of the answers.</summary>
public static class ResponseKinds
{
    extension(ResponseKind kind)
    {
        public string DisplayName => kind switch
        {
            ResponseKind.NoAnswer => "Chưa trả lời",
            ResponseKind.Accepted => "Tham dự",
            ResponseKind.Declined => "Không tham dự",
            ResponseKind.DeputySent => "Cử người dự thay",
            ResponseKind.Tentative => "Có thể tham dự",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown response kind."),
        };
    }
}
