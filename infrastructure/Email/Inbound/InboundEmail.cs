namespace HdndWorkflow.Email.Inbound;

/// <summary>
/// An e-mail as SendGrid's Inbound Parse posts it, decoded (each field in the character set SendGrid names for it).
/// Everything here comes from outside: treat it as untrusted text, never as markup.
/// </summary>
/// <param name="From">The From header's address (lower-cased domain), or empty when it had none.</param>
/// <param name="FromName">The From header's display name, if any.</param>
/// <param name="Recipients">Where the mail was delivered: the envelope's recipients first, then To and Cc.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Text">The plain-text body (may be empty when the mail had only HTML).</param>
/// <param name="Html">The HTML body, if any.</param>
/// <param name="Headers">The message's headers, unfolded; the first value of each name.</param>
/// <param name="Calendars">The iCalendar parts (attachments of type text/calendar or application/ics, or named .ics).</param>
public sealed record InboundEmail(
    string From,
    string? FromName,
    IReadOnlyList<string> Recipients,
    string Subject,
    string Text,
    string Html,
    MailHeaders Headers,
    IReadOnlyList<byte[]> Calendars)
{
    /// <summary>
    /// What identifies this message when SendGrid delivers it twice: its Message-ID, or, for a mail without one, a
    /// digest of its sender, subject, date and bodies.
    /// </summary>
    public string MessageKey => Headers.MessageId is { Length: > 0 } id
        ? "id:" + id
        : "digest:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\u0001', From, Subject, Headers["Date"] ?? string.Empty, Text, Html))));

    /// <summary>
    /// The mail says it was sent by a machine, not a person (RFC 3834 Auto-Submitted, X-Autoreply, X-Autorespond,
    /// Precedence bulk/junk/auto_reply, a delivery report, or a mailer daemon as sender): never an answer, and never
    /// answered by mail (that is how mail loops start).
    /// </summary>
    public bool IsAutomatic =>
        (Headers["Auto-Submitted"] is { } submitted && !submitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        || Headers["X-Autoreply"] is not null
        || Headers["X-Autorespond"] is not null
        || Headers["X-Autoreply-From"] is not null
        || Headers["Precedence"]?.Trim().ToLowerInvariant() is "bulk" or "junk" or "auto_reply" or "list"
        || (Headers["Content-Type"]?.TrimStart().StartsWith("multipart/report", StringComparison.OrdinalIgnoreCase) ?? false)
        || From.StartsWith("mailer-daemon@", StringComparison.OrdinalIgnoreCase)
        || From.StartsWith("postmaster@", StringComparison.OrdinalIgnoreCase);
}
