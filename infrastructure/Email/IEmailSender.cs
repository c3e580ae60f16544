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
}
