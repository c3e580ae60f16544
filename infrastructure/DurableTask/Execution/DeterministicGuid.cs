using System.Security.Cryptography;
using System.Text;

namespace HdndWorkflow.DurableTask.Execution;

/// <summary>Name-based (version 5) Guids: the same name gives the same Guid, so replays agree.</summary>
internal static class DeterministicGuid
{
    private static readonly Guid Namespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(string name)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetByteCount(name)];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input[16..]);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
