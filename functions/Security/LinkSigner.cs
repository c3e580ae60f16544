using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Security;

/// <summary>
/// HMAC-SHA256 over a link's payload with a key derived per purpose (so an invitation token can never pass as a
/// sign-in token), truncated to 128 bits, and compared in constant time.
/// </summary>
public sealed class LinkSigner
{
    /// <summary>Bytes of signature appended to a payload.</summary>
    public const int SignatureLength = 16;

    private readonly byte[] _key;

    public LinkSigner(IOptions<SigningOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = Convert.FromBase64String(options.Value.Key);
    }

    /// <summary>The payload followed by its signature.</summary>
    public byte[] Sign(string purpose, ReadOnlySpan<byte> payload)
    {
        var signed = new byte[payload.Length + SignatureLength];
        payload.CopyTo(signed);
        Mac(purpose, payload, signed.AsSpan(payload.Length));
        return signed;
    }

    /// <summary>The payload of a signed value whose signature is right; null otherwise.</summary>
    public byte[]? Verify(string purpose, ReadOnlySpan<byte> signed)
    {
        if (signed.Length <= SignatureLength)
        {
            return null;
        }

        var payload = signed[..^SignatureLength];
        Span<byte> expected = stackalloc byte[SignatureLength];
        Mac(purpose, payload, expected);
        return CryptographicOperations.FixedTimeEquals(expected, signed[^SignatureLength..]) ? payload.ToArray() : null;
    }

    private void Mac(string purpose, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        Span<byte> purposeKey = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose), purposeKey);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(purposeKey, payload, mac);
        mac[..SignatureLength].CopyTo(destination);
    }
}
