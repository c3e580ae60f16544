using System.Buffers;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>Bytes in a buffer rented from the shared pool; disposing returns it.</summary>
internal readonly struct PooledBody(byte[] buffer, int length) : IDisposable
{
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    public int Length => length;

    public ByteArrayContent ToContent(string contentType)
    {
        var content = new ByteArrayContent(buffer, 0, length);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
