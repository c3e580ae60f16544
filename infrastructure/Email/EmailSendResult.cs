namespace HdndWorkflow.Email;

/// <summary>What became of each e-mail of a <see cref="IEmailSender.SendAsync"/> call, in the order given.</summary>
public sealed record EmailSendResult(IReadOnlyList<EmailOutcome> Outcomes)
{
    /// <summary>How many requests went to the provider (SendGrid) or e-mails into the development mailbox.</summary>
    public int Requests { get; init; }

    public int Sent => Count(EmailDeliveryStatus.Sent);

    public int AlreadySent => Count(EmailDeliveryStatus.AlreadySent);

    /// <summary>True when every e-mail went out, in this call or an earlier one.</summary>
    public bool Complete => Outcomes.All(o => o.Status is EmailDeliveryStatus.Sent or EmailDeliveryStatus.AlreadySent);

    /// <summary>The e-mails whose fate is open: another attempt is sending them, or a crashed one may have.</summary>
    public IReadOnlyList<EmailOutcome> Open =>
        [.. Outcomes.Where(o => o.Status is EmailDeliveryStatus.InProgress or EmailDeliveryStatus.Unconfirmed)];

    private int Count(EmailDeliveryStatus status) => Outcomes.Count(o => o.Status == status);
}

/// <summary>What became of one e-mail.</summary>
public sealed record EmailOutcome(string IdempotencyKey, EmailDeliveryStatus Status, string? ProviderMessageId = null);

/// <summary>The fate of one e-mail in one call.</summary>
public enum EmailDeliveryStatus
{
    /// <summary>Sent by this call.</summary>
    Sent,

    /// <summary>Skipped: an earlier call sent it.</summary>
    AlreadySent,

    /// <summary>Skipped: another attempt claimed it moments ago and is sending it now.</summary>
    InProgress,

    /// <summary>
    /// Skipped: an attempt claimed it long ago (see <see cref="EmailOptions.StaleClaimAfter"/>) and never recorded the
    /// outcome, so it may or may not have gone out. Not resent, unless <see cref="EmailOptions.ResendStaleClaims"/>;
    /// an operator can check SendGrid's activity by the <c>email_key</c> custom argument and release it with
    /// <see cref="Outbox.EmailOutbox.AllowResendAsync"/>.
    /// </summary>
    Unconfirmed,
}
