namespace HdndWorkflow.Email;

/// <summary>Checks a call's e-mails before anything is claimed or sent, so that bad input fails whole and clearly.</summary>
internal static class OutgoingEmailValidation
{
    public static void Validate(IReadOnlyList<OutgoingEmail> emails)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var email in emails)
        {
            ArgumentNullException.ThrowIfNull(email, nameof(emails));
            if (string.IsNullOrWhiteSpace(email.IdempotencyKey))
            {
                throw new ArgumentException("Every e-mail needs an idempotency key.", nameof(emails));
            }

            if (!keys.Add(email.IdempotencyKey))
            {
                throw new ArgumentException($"The idempotency key '{email.IdempotencyKey}' appears twice in one call.", nameof(emails));
            }

            var address = email.To?.Address;
            if (string.IsNullOrWhiteSpace(address) || !address.Contains('@', StringComparison.Ordinal) || address.Any(char.IsControl))
            {
                throw new ArgumentException($"E-mail '{email.IdempotencyKey}' has no valid recipient address.", nameof(emails));
            }

            if (email.Subject is null || email.Html is null || email.Text is null)
            {
                throw new ArgumentException($"E-mail '{email.IdempotencyKey}' needs a subject, an HTML body and a text body.", nameof(emails));
            }

            if (email.Attachments.Any(a => a is null || string.IsNullOrWhiteSpace(a.FileName) || string.IsNullOrWhiteSpace(a.ContentType) || a.Content is null))
            {
                throw new ArgumentException($"E-mail '{email.IdempotencyKey}' has an attachment without a file name, content type or content.", nameof(emails));
            }
        }
    }
}
