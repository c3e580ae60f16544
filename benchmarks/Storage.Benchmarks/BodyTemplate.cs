using System.Buffers;
using System.Text;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// A request body built once, with a fixed-length placeholder where each request's fresh key goes: rendering it is a
/// copy into a pooled buffer and a patch of the key's bytes, the least work a hand-rolled client could do.
/// </summary>
internal sealed class BodyTemplate
{
    private readonly byte[] _bytes;
    private readonly int[] _offsets;

    public BodyTemplate(string text, string placeholder)
    {
        if (placeholder.Length != Keys.Length)
        {
            throw new ArgumentException($"The placeholder must be {Keys.Length} characters long.", nameof(placeholder));
        }

        _bytes = Encoding.UTF8.GetBytes(text);
        var needle = Encoding.ASCII.GetBytes(placeholder);
        var offsets = new List<int>();
        for (var at = _bytes.AsSpan().IndexOf(needle); at >= 0;)
        {
            offsets.Add(at);
            var next = _bytes.AsSpan(at + needle.Length).IndexOf(needle);
            at = next < 0 ? -1 : at + needle.Length + next;
        }

        _offsets = offsets.Count > 0 ? [.. offsets] : throw new ArgumentException("The template holds no placeholder.", nameof(text));
    }

    public int Placeholders => _offsets.Length;

    /// <summary>The body with <paramref name="key"/> (ASCII, <see cref="Keys.Length"/> characters) in every placeholder.</summary>
    public PooledBody Render(string key)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(_bytes.Length);
        _bytes.CopyTo(buffer, 0);
        foreach (var offset in _offsets)
        {
            Encoding.ASCII.GetBytes(key, buffer.AsSpan(offset, Keys.Length));
        }

        return new PooledBody(buffer, _bytes.Length);
    }
}
