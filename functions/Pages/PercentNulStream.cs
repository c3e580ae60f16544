namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// A URL-encoded body read with every <c>%00</c> turned into the byte 0 it encodes, nothing else changed; a <c>%00</c>
/// split between two reads of the inner stream is recognised (the bytes that may start one wait for the next read).
/// See <see cref="PageFormNul"/>.
/// </summary>
internal sealed class PercentNulStream(Stream inner) : Stream
{
    private const int ChunkSize = 16 * 1024;
    private readonly byte[] _raw = new byte[ChunkSize + 2];
    private readonly byte[] _decoded = new byte[ChunkSize + 2];
    private int _carried;
    private int _start;
    private int _end;
    private bool _innerDone;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_start == _end && !(_innerDone && _carried == 0))
        {
            Decode(await inner.ReadAsync(_raw.AsMemory(_carried, ChunkSize), cancellationToken));
        }

        return Take(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_start == _end && !(_innerDone && _carried == 0))
        {
            Decode(inner.Read(_raw, _carried, ChunkSize));
        }

        return Take(buffer.AsSpan(offset, count));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // _raw holds the bytes carried from the last read, then `read` new ones; decodes all but a trailing "%" or "%0".
    private void Decode(int read)
    {
        var length = _carried + read;
        _innerDone = read == 0;
        var hold = _innerDone ? 0
            : length >= 2 && _raw[length - 2] == '%' && _raw[length - 1] == '0' ? 2
            : length >= 1 && _raw[length - 1] == '%' ? 1
            : 0;
        var written = 0;
        for (var i = 0; i < length - hold;)
        {
            if (_raw[i] == '%' && i + 2 < length && _raw[i + 1] == '0' && _raw[i + 2] == '0')
            {
                _decoded[written++] = 0;
                i += 3;
            }
            else
            {
                _decoded[written++] = _raw[i++];
            }
        }

        _raw.AsSpan(length - hold, hold).CopyTo(_raw);
        (_carried, _start, _end) = (hold, 0, written);
    }

    private int Take(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _end - _start);
        _decoded.AsSpan(_start, count).CopyTo(destination);
        _start += count;
        return count;
    }
}
