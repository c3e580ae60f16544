using System.Security.Cryptography;
using System.Text;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>
/// Groups e-mails into Mail Send requests. What SendGrid allows: one request carries up to 1,000 personalizations
/// (recipients, each with its own substitutions and custom_args), but the subject, the content parts and the
/// attachments belong to the message and are the same for all of them. So e-mails travel together exactly when their
/// subject, HTML, text and attachments are byte for byte the same (per-recipient parts coming from
/// <see cref="OutgoingEmail.Substitutions"/>), no address appears twice in a request (SendGrid refuses that), and the
/// body stays under <see cref="SendGridOptions.MaxRequestBytes"/>.
/// </summary>
/// <remarks>
/// In numbers: 2,500 reminders written as one template with the personal link as a substitution go in 3 requests
/// (1,000 + 1,000 + 500). 2,500 invitations each with its own .ics go in 2,500 requests: the .ics must name its
/// recipient as ATTENDEE (Gmail shows RSVP buttons only to a listed attendee, and one shared .ics listing every
/// invitee would disclose all their addresses to each other), SendGrid's substitutions do not reach attachments, and
/// an attachment is per message. With <see cref="SendGridOptions.MaxConcurrentRequests"/> requests in flight at a few
/// hundred milliseconds each, 2,500 requests take a few minutes; Mail Send is not held to the low per-minute limits of
/// SendGrid's other endpoints, and when it does answer 429 the sender waits as its rate-limit headers say.
/// </remarks>
internal static class SendGridBatching
{
    // A personalization's JSON around its values: {"to":[{"email":"","name":""}],"substitutions":{},"custom_args":{}}.
    private const int PersonalizationOverhead = 128;

    public static List<IReadOnlyList<OutgoingEmail>> Plan(IReadOnlyList<OutgoingEmail> emails, int maxPersonalizations, int maxRequestBytes)
    {
        var groups = new Dictionary<string, List<OutgoingEmail>>(StringComparer.Ordinal);
        var order = new List<List<OutgoingEmail>>();
        foreach (var email in emails)
        {
            var signature = ContentSignature(email);
            if (!groups.TryGetValue(signature, out var group))
            {
                group = [];
                groups.Add(signature, group);
                order.Add(group);
            }

            group.Add(email);
        }

        var batches = new List<IReadOnlyList<OutgoingEmail>>();
        foreach (var group in order)
        {
            var shared = SharedBytes(group[0]);
            var open = new List<Batch>();
            foreach (var email in group)
            {
                var size = PersonalizationBytes(email);
                var address = email.To.Address.Trim();
                var batch = open.Find(b => b.Emails.Count < maxPersonalizations && !b.Addresses.Contains(address) && b.Bytes + size <= maxRequestBytes);
                if (batch is null)
                {
                    batch = new Batch(shared);
                    open.Add(batch);
                }

                batch.Emails.Add(email);
                batch.Addresses.Add(address);
                batch.Bytes += size;
            }

            batches.AddRange(open.Select(b => (IReadOnlyList<OutgoingEmail>)b.Emails));
        }

        return batches;
    }

    /// <summary>A hash of everything that is per message in SendGrid: reply_to, subject, content parts and attachments.</summary>
    internal static string ContentSignature(OutgoingEmail email)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(ReadOnlySpan<byte> bytes)
        {
            Span<byte> length = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        Add(Encoding.UTF8.GetBytes(email.ReplyTo?.ToString() ?? string.Empty));
        Add(Encoding.UTF8.GetBytes(email.Subject));
        Add(Encoding.UTF8.GetBytes(email.Html));
        Add(Encoding.UTF8.GetBytes(email.Text));
        foreach (var attachment in email.Attachments)
        {
            Add(Encoding.UTF8.GetBytes(attachment.FileName));
            Add(Encoding.UTF8.GetBytes(attachment.ContentType));
            Add(attachment.Content);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static long SharedBytes(OutgoingEmail email) =>
        1024 + Encoding.UTF8.GetByteCount(email.Subject) + Encoding.UTF8.GetByteCount(email.Html) + Encoding.UTF8.GetByteCount(email.Text)
        + email.Attachments.Sum(a => (((long)a.Content.Length + 2) / 3 * 4 * 2) + 256);

    private static long PersonalizationBytes(OutgoingEmail email) =>
        PersonalizationOverhead + Encoding.UTF8.GetByteCount(email.To.Address) + Encoding.UTF8.GetByteCount(email.To.Name ?? string.Empty)
        + SendGridLimits.MapBytes(email.Substitutions) + SendGridLimits.MapBytes(email.CustomArgs) + email.IdempotencyKey.Length + 16;

    private sealed class Batch(long sharedBytes)
    {
        public List<OutgoingEmail> Emails { get; } = [];

        public HashSet<string> Addresses { get; } = new(StringComparer.OrdinalIgnoreCase);

        public long Bytes { get; set; } = sharedBytes;
    }
}
