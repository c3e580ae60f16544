namespace HdndWorkflow.Email;

/// <summary>
/// The port activities send e-mail through. Each e-mail carries an idempotency key, and a key is delivered at most
/// once however often it is sent (an activity that runs again skips what already went out). Implementations:
/// <see cref="SendGrid.SendGridEmailSender"/> and <see cref="Development.DevelopmentMailbox"/>.
/// </summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends the e-mails (each key at most once), batching them where the provider allows. Returns what became of each
    /// e-mail; throws <see cref="EmailRejectedException"/> when the provider refuses a request and
    /// <see cref="EmailDeliveryException"/> when it stays unavailable. E-mails already sent before a failure stay sent,
    /// so the call can simply be repeated.
    /// </summary>
    Task<EmailSendResult> SendAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default);

    /// <summary>
    /// Which of <paramref name="keys"/> the provider itself says it accepted, or null when it cannot tell. The ledger
    /// asks this about claims an attempt that stopped (a killed process) left "sending", to confirm each one the provider
    /// has and to send the others once (see <see cref="EmailOptions.SettleClaimsAfter"/>). The development mailbox can
    /// tell; SendGrid cannot, and there the ledger's configured policy applies.
    /// </summary>
    Task<IReadOnlySet<string>?> FindAcceptedAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);
}
