using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Email;

/// <summary>Sender, reply address and the ledger's behaviour (configuration section <c>Email</c>).</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Email";

    /// <summary>The From address: with SendGrid, a verified sender or an address of an authenticated domain.</summary>
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@hdndworkflow.localhost";

    public string FromName { get; set; } = "HĐND";

    /// <summary>Where replies go, e.g. the organizing office; none when empty.</summary>
    [EmailAddress]
    public string? ReplyToAddress { get; set; }

    public string? ReplyToName { get; set; }

    /// <summary>The idempotency ledger's table.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string OutboxTable { get; set; } = "EmailOutbox";

    /// <summary>The development mailbox's table (used in Development without a SendGrid key).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string DevelopmentMailboxTable { get; set; } = "DevMail";

    /// <summary>
    /// For a provider that cannot say which keys it accepted (SendGrid): how long a claim may stay "sending" before it
    /// counts as left behind by a crashed attempt. Longer than one request with all its retries can take.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan StaleClaimAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Whether a stale claim is sent again (at-least-once: a crash after the provider accepted but before the ledger
    /// recorded it means a duplicate). Off by default: a stale claim is reported as
    /// <see cref="EmailDeliveryStatus.Unconfirmed"/> and left to an operator (at-most-once).
    /// </summary>
    public bool ResendStaleClaims { get; set; }

    /// <summary>
    /// For a provider that can say which keys it accepted (the development mailbox, see
    /// <see cref="IEmailSender.FindAcceptedAsync"/>): how long one delivery may hold its claims. A delivery still
    /// running then is cancelled; a claim older than this that says "sending" was left by an attempt that stopped, and
    /// the next attempt settles it at once: confirmed when the provider has the e-mail, sent when it has not. A retried
    /// attempt that meets younger claims waits until they are this old. Short, so that work resumes within seconds of a
    /// crash; longer than one delivery takes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SettleClaimsAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most ledger operations (claims, confirmations) under way at once in one call.</summary>
    [Range(1, 64)]
    public int LedgerConcurrency { get; set; } = 16;
}
