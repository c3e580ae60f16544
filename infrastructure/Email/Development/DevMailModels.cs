namespace HdndWorkflow.Email.Development;

/// <summary>One e-mail in the development mailbox, as the recipient would read it (substitutions applied).</summary>
public sealed record DevMailMessage(
    string Id,
    string IdempotencyKey,
    EmailRecipient From,
    EmailRecipient? ReplyTo,
    EmailRecipient To,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<DevMailAttachment> Attachments,
    IReadOnlyDictionary<string, string> CustomArgs,
    DateTimeOffset SentAt);

/// <summary>An attachment of a stored e-mail; <see cref="Content"/> is base64 in JSON.</summary>
public sealed record DevMailAttachment(string FileName, string ContentType, byte[] Content)
{
    public int Size => Content.Length;
}

/// <summary>A line of the mailbox's list.</summary>
public sealed record DevMailSummary(
    string Id, string IdempotencyKey, EmailRecipient To, string Subject, DateTimeOffset SentAt, int AttachmentCount);

/// <summary>A page of the list, newest first, and the token of the next page (null on the last).</summary>
public sealed record DevMailPage(IReadOnlyList<DevMailSummary> Messages, string? ContinuationToken);
