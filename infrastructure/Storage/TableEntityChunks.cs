using Azure.Data.Tables;

namespace HdndWorkflow.Storage;

/// <summary>
/// Bytes larger than one binary property (64 KiB) in an entity: properties <c>{prefix}0</c>, <c>{prefix}1</c>, …, each
/// at most <see cref="StorageLimits.MaxBinaryBytes"/>; the entity's 1 MiB limit still applies.
/// </summary>
public static class TableEntityChunks
{
    /// <summary>Stores <paramref name="bytes"/> as properties <c>{prefix}0</c>, <c>{prefix}1</c>, … of the entity.</summary>
    public static void SetBinaryChunks(this TableEntity entity, string prefix, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Split(prefix, bytes, (name, chunk) => entity[name] = chunk);
    }

    /// <summary>The bytes stored by <see cref="SetBinaryChunks"/>, joined again (empty when there are none).</summary>
    public static byte[] GetBinaryChunks(this TableEntity entity, string prefix)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Join(prefix, name => entity.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>Cuts <paramref name="bytes"/> into chunks of at most 64 KiB, handing each to <paramref name="set"/> with its property name.</summary>
    internal static void Split(string prefix, ReadOnlySpan<byte> bytes, Action<string, byte[]> set)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        for (var (offset, i) = (0, 0); offset < bytes.Length; offset += StorageLimits.MaxBinaryBytes, i++)
        {
            set($"{prefix}{i}", bytes.Slice(offset, Math.Min(StorageLimits.MaxBinaryBytes, bytes.Length - offset)).ToArray());
        }
    }

    /// <summary>Joins the chunks <paramref name="get"/> finds (byte[] or BinaryData) from <c>{prefix}0</c> on, up to the first missing one.</summary>
    internal static byte[] Join(string prefix, Func<string, object?> get)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var parts = new List<ReadOnlyMemory<byte>>();
        for (var i = 0; get($"{prefix}{i}") switch { byte[] b => b, BinaryData d => d.ToMemory(), _ => (ReadOnlyMemory<byte>?)null } is { } part; i++)
        {
            parts.Add(part);
        }

        if (parts.Count == 1)
        {
            return parts[0].ToArray();
        }

        var joined = new byte[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(joined.AsSpan(at));
            at += part.Length;
        }

        return joined;
    }
}
