using System.Buffers.Text;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Security;

namespace HdndWorkflow.Functions.Conferences.Links;

/// <summary>Whose link it is: the invitee's own, or that of the deputy the invitee sent.</summary>
public enum LinkHolder : byte
{
    Invitee = 1,
    Deputy = 2,
}

/// <summary>
/// A personal link's token: the invitation it is bound to (conference, invitee, holder), the invitation's 128 random
/// bits (stored with the invitation, so a link can be revoked by changing them) and an HMAC signature, in base64url.
/// It expires with the conference: the page refuses it once the conference has ended.
/// </summary>
public sealed record InvitationToken(ConferenceId Conference, InviteeId Invitee, LinkHolder Holder, string Nonce)
{
    private const string Purpose = "invitation-link";
    private const byte Version = 1;
    private const int NonceLength = 16;
    private const int PayloadLength = 1 + 16 + 16 + 1 + NonceLength;

    /// <summary>Fresh random bits for an invitation, in the form stored with it.</summary>
    public static string NewNonce() =>
        Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(NonceLength));

    public string Encode(LinkSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        Span<byte> payload = stackalloc byte[PayloadLength];
        payload[0] = Version;
        Conference.Value.TryWriteBytes(payload[1..17]);
        Invitee.Value.TryWriteBytes(payload[17..33]);
        payload[33] = (byte)Holder;
        if (!Base64Url.TryDecodeFromChars(Nonce, payload[34..], out var written) || written != NonceLength)
        {
            throw new InvalidOperationException("An invitation's nonce must be 16 bytes in base64url.");
        }

        return Base64Url.EncodeToString(signer.Sign(Purpose, payload));
    }

    /// <summary>The token, if <paramref name="text"/> is one this app signed; null for anything tampered or malformed.</summary>
    public static InvitationToken? Decode(string? text, LinkSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        // Only the form Encode writes (the decoder would also take white space and padding); IsValid next, because
        // TryDecodeFromChars throws on non-zero trailing bits.
        if (!LinkTokenText.IsCanonical(text) || text.Length > 128 || !Base64Url.IsValid(text))
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[96];
        if (!Base64Url.TryDecodeFromChars(text, bytes, out var length) || length != PayloadLength + LinkSigner.SignatureLength)
        {
            return null;
        }

        var payload = signer.Verify(Purpose, bytes[..length]);
        if (payload is null || payload[0] != Version || !Enum.IsDefined((LinkHolder)payload[33]))
        {
            return null;
        }

        return new InvitationToken(
            new ConferenceId(new Guid(payload.AsSpan(1, 16))),
            new InviteeId(new Guid(payload.AsSpan(17, 16))),
            (LinkHolder)payload[33],
            Base64Url.EncodeToString(payload.AsSpan(34, NonceLength)));
    }
}
