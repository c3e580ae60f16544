using NodaTime;

namespace HdndWorkflow.Domain.Invitations;

/// <summary>An accepted answer: who answered, what, and when. The latest reply of an invitee counts.</summary>
public sealed record Reply(InviteeId InviteeId, InvitationResponse Response, Instant AnsweredAt);
