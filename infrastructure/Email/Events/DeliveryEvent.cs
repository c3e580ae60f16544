namespace HdndWorkflow.Email.Events;

/// <summary>
/// One SendGrid event about a message that did not reach its recipient: SendGrid refused to send it (dropped), the
/// receiving server refused it for good (bounce) or blocked it (bounce of type "blocked"). Carries the custom
/// arguments the message was sent with (ids only), by which the application finds its invitation.
/// </summary>
/// <param name="EventId">SendGrid's <c>sg_event_id</c>.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Reason">SendGrid's or the receiving server's reason (for the organizer and the log; may be long).</param>
/// <param name="At">When it happened (the event's <c>timestamp</c>).</param>
/// <param name="CustomArgs">The message's custom arguments, e.g. <see cref="EmailCustomArgs.ConferenceId"/>.</param>
public sealed record DeliveryEvent(string EventId, DeliveryFailureKind Kind, string? Reason, DateTimeOffset At, IReadOnlyDictionary<string, string> CustomArgs);

/// <summary>Why an e-mail did not arrive.</summary>
public enum DeliveryFailureKind
{
    /// <summary>The receiving server refused the address for good: it does not exist or takes no mail.</summary>
    Bounced,

    /// <summary>SendGrid did not send it: the address is on a suppression list (an earlier bounce, spam report, unsubscribe) or invalid.</summary>
    Dropped,

    /// <summary>The receiving server refused the message (a block, e.g. its spam filter or a blocklist), not the address.</summary>
    Blocked,
}

/// <summary>The application's side of the webhook: what to do with the failures (mark the invitations).</summary>
public interface IDeliveryEventHandler
{
    /// <summary>Handles events not seen before; may be called again with the same events if an earlier call failed.</summary>
    Task HandleAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken);
}
