using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Security;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>
/// The signed reply address of an invitation: <c>tra-loi+{reference}@{Inbound:Domain}</c>, the Reply-To of its
/// e-mails and the ORGANIZER of its calendar, so that a reply or a calendar answer says which invitation it answers
/// without any guess from the sender. The reference is base32 (mail servers may change the case of a local part):
/// whose it is (invitee or deputy), the conference, the first six bytes of the invitee's id (enough to find the row)
/// and an 80-bit HMAC of all that with the full invitee id, by the app's signing key under a purpose of its own. It
/// is not the personal link's token and opens no page: it only lets a reply answer that one invitation. 8 + 53
/// characters keep the local part within the 64 that SMTP allows.
/// </summary>
public sealed class ReplyAddresses(IOptions<InboundOptions> options, LinkSigner signer)
{
    private const string Purpose = "reply-address";
    private const byte Version = 1;
    private const int PrefixLength = 6;
    private const int TagLength = 10;
    private const int Length = 1 + 16 + PrefixLength + TagLength;

    private readonly InboundOptions _options = options.Value;

    public bool Enabled => _options.Enabled;

    /// <summary>The reply address of an invitation, or null when replies by e-mail are not set up.</summary>
    public EmailAddress? For(ConferenceId conference, InviteeId invitee, LinkHolder holder)
    {
        if (!Enabled)
        {
            return null;
        }

        var bytes = new byte[Length];
        bytes[0] = (byte)((Version << 4) | (byte)holder);
        conference.Value.TryWriteBytes(bytes.AsSpan(1, 16));
        Convert.FromHexString(Prefix(invitee)).CopyTo(bytes, 17);
        Tag(bytes[0], conference, invitee).CopyTo(bytes, 17 + PrefixLength);
        return EmailAddress.From($"{_options.LocalPart}+{Base32.Encode(bytes)}@{_options.Domain}");
    }

    /// <summary>The first reference among <paramref name="recipients"/> that is one of this app's reply addresses.</summary>
    public ReplyReference? Find(IEnumerable<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        foreach (var recipient in recipients)
        {
            var at = recipient.LastIndexOf('@');
            var plus = recipient.IndexOf('+', StringComparison.Ordinal);
            if (!Enabled || at < 0 || plus < 0 || plus > at
                || !recipient[(at + 1)..].Trim().Equals(_options.Domain, StringComparison.OrdinalIgnoreCase)
                || !recipient[..plus].Trim().Equals(_options.LocalPart, StringComparison.OrdinalIgnoreCase)
                || Base32.Decode(recipient[(plus + 1)..at]) is not { Length: Length } bytes
                || bytes[0] >> 4 != Version || !Enum.IsDefined((LinkHolder)(bytes[0] & 0x0f)))
            {
                continue;
            }

            return new ReplyReference(
                new ConferenceId(new Guid(bytes.AsSpan(1, 16))),
                Convert.ToHexStringLower(bytes.AsSpan(17, PrefixLength)),
                (LinkHolder)(bytes[0] & 0x0f),
                bytes[(17 + PrefixLength)..]);
        }

        return null;
    }

    /// <summary>Whether <paramref name="invitee"/> is the invitation the reference was signed for (constant time).</summary>
    public bool Signed(ReplyReference reference, InviteeId invitee)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Prefix(invitee) == reference.InviteePrefix
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                Tag((byte)((Version << 4) | (byte)reference.Holder), reference.Conference, invitee), reference.Tag);
    }

    /// <summary>The first hex digits of an invitee id, as its row key starts ("3f2a1b0c-9d8e…" gives "3f2a1b0c9d8e").</summary>
    private static string Prefix(InviteeId invitee) => invitee.Value.ToString("N")[..(2 * PrefixLength)];

    private byte[] Tag(byte versionAndHolder, ConferenceId conference, InviteeId invitee)
    {
        Span<byte> payload = stackalloc byte[33];
        payload[0] = versionAndHolder;
        conference.Value.TryWriteBytes(payload[1..17]);
        invitee.Value.TryWriteBytes(payload[17..33]);
        return signer.Sign(Purpose, payload)[^LinkSigner.SignatureLength..][..TagLength];
    }
}

/// <summary>A reply address read back: which conference, which invitee (the first bytes of the id), whose, and the tag to check.</summary>
public sealed record ReplyReference(ConferenceId Conference, string InviteePrefix, LinkHolder Holder, byte[] Tag)
{
    /// <summary>"3f2a1b0c-9d8e": how the invitee's row key starts.</summary>
    public string RowKeyPrefix => $"{InviteePrefix[..8]}-{InviteePrefix[8..]}";
}

/// <summary>RFC 4648 base32 in lower case without padding; decoding ignores case.</summary>
internal static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var text = new System.Text.StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }

    /// <summary>The bytes, or null when a character is not base32.</summary>
    public static byte[]? Decode(string text)
    {
        if (text.Length > 128)
        {
            return null;
        }

        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
