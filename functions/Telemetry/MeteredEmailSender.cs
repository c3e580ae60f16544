using HdndWorkflow.Email;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// Counts e-mails by purpose around the app's <see cref="IEmailSender"/>: those this call sent (not those an earlier
/// call had sent), and those of a call the provider refused (<see cref="EmailRejectedException"/>) or could not take
/// (<see cref="EmailDeliveryException"/>), which the calling activity sends again.
/// </summary>
internal sealed class MeteredEmailSender(IEmailSender inner, AppMetrics metrics) : IEmailSender
{
    /// <summary>The sender whose e-mails are counted (SendGrid, or the development mailbox).</summary>
    public IEmailSender Inner => inner;

    public async Task<EmailSendResult> SendAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        EmailSendResult result;
        try
        {
            result = await inner.SendAsync(emails, cancellationToken);
        }
        catch (EmailDeliveryException e)
        {
            foreach (var group in emails.GroupBy(Purpose, StringComparer.Ordinal))
            {
                metrics.EmailsFailed(group.Key, e is EmailRejectedException ? "rejected" : "unavailable", group.Count());
            }

            throw;
        }

        foreach (var group in emails.Zip(result.Outcomes).Where(p => p.Second.Status == EmailDeliveryStatus.Sent).GroupBy(p => Purpose(p.First), StringComparer.Ordinal))
        {
            metrics.EmailsSent(group.Key, group.Count());
        }

        return result;
    }

    public Task<IReadOnlySet<string>?> FindAcceptedAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        inner.FindAcceptedAsync(keys, cancellationToken);

    private static string Purpose(OutgoingEmail email) =>
        email.CustomArgs is { } args && args.TryGetValue(EmailCustomArgs.Purpose, out var purpose) ? purpose : "other";
}
