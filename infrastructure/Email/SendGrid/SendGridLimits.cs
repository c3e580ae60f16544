using System.Text;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>Limits of the Mail Send API that are checked before a request leaves, so that bad input fails clearly.</summary>
internal static class SendGridLimits
{
    /// <summary>SendGrid: the substitutions of one personalization may not exceed 10,000 bytes together; so for custom_args.</summary>
    public const int MaxMapBytes = 10_000;

    public static long MapBytes(IReadOnlyDictionary<string, string> map) =>
        map.Sum(pair => (long)Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value ?? string.Empty));

    public static void Validate(IReadOnlyList<OutgoingEmail> emails)
    {
        foreach (var email in emails)
        {
            if (MapBytes(email.Substitutions) > MaxMapBytes)
            {
                throw new ArgumentException($"E-mail '{email.IdempotencyKey}' has more than {MaxMapBytes:N0} bytes of substitutions, SendGrid's limit.", nameof(emails));
            }

            if (MapBytes(email.CustomArgs) + email.IdempotencyKey.Length + 16 > MaxMapBytes)
            {
                throw new ArgumentException($"E-mail '{email.IdempotencyKey}' has more than {MaxMapBytes:N0} bytes of custom arguments, SendGrid's limit.", nameof(emails));
            }

            if (string.IsNullOrEmpty(email.Text) && string.IsNullOrEmpty(email.Html))
            {
                throw new ArgumentException($"E-mail '{email.IdempotencyKey}' has neither text nor HTML; SendGrid needs at least one.", nameof(emails));
            }
        }
    }
}
