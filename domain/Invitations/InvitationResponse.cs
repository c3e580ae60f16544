namespace HdndWorkflow.Domain.Invitations;

/// <summary>
/// An invitee's answer to an invitation. The cases are closed: accepted, declined, deputy sent, tentative (a calendar's
/// "maybe"), no answer.
/// </summary>
public abstract record InvitationResponse
{
    private InvitationResponse()
    {
    }

    public abstract ResponseKind Kind { get; }

    /// <summary>The invitee or a deputy will be there.</summary>
    public bool WillAttend => Kind is ResponseKind.Accepted or ResponseKind.DeputySent;

    /// <summary>The invitee will attend.</summary>
    public sealed record Accepted : InvitationResponse
    {
        public override ResponseKind Kind => ResponseKind.Accepted;
    }

    /// <summary>The invitee will not attend, optionally saying why.</summary>
    public sealed record Declined(string? Reason = null) : InvitationResponse
    {
        public override ResponseKind Kind => ResponseKind.Declined;
    }

    /// <summary>The invitee cannot come and sends a deputy, who attends under his or her own name.</summary>
    public sealed record DeputySent(Deputy Deputy) : InvitationResponse
    {
        public override ResponseKind Kind => ResponseKind.DeputySent;
    }

    /// <summary>
    /// The invitee may come (a calendar's Tentative / "Có thể"): shown as such, not counted as attending, and still
    /// reminded, since it is not yet an answer to plan on.
    /// </summary>
    public sealed record Tentative : InvitationResponse
    {
        public override ResponseKind Kind => ResponseKind.Tentative;
    }

    /// <summary>Nothing heard from the invitee yet.</summary>
    public sealed record NoAnswer : InvitationResponse
    {
        public override ResponseKind Kind => ResponseKind.NoAnswer;
    }
}
