using HdndWorkflow.Email.Events;

namespace HdndWorkflow.Functions.Conferences.Delivery;

/// <summary>Delivery feedback's log messages: ids and kinds, never an address or a reason text (it may quote one).</summary>
internal static partial class DeliveryLogs
{
    [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Invitation {Invitee} of conference {Conference}: e-mail {Kind}; marked on the roll: {Marked}")]
    public static partial void InvitationUndelivered(ILogger logger, Guid conference, Guid invitee, DeliveryFailureKind kind, bool marked);

    [LoggerMessage(EventId = 62, Level = LogLevel.Warning, Message = "Deputy's invitation for invitee {Invitee} of conference {Conference}: e-mail {Kind}; marked on the roll: {Marked}")]
    public static partial void DeputyInvitationUndelivered(ILogger logger, Guid conference, Guid invitee, DeliveryFailureKind kind, bool marked);

    [LoggerMessage(EventId = 61, Level = LogLevel.Information, Message = "A {Kind} event for an e-mail that is not an invitation; ignored")]
    public static partial void NotAnInvitation(ILogger logger, DeliveryFailureKind kind);
}
