using System.Collections.Concurrent;

namespace HdndWorkflow.Functions.Storage;

/// <summary>
/// Reads that serve the same reads again for a while (<paramref name="serveFor"/>): the first read of a key is shared by
/// everyone who asks for that key meanwhile, and none of their cancellations cancels it; a failed read is not kept. A
/// write through <see cref="AroundAsync{T}"/> is seen by the next read of this process; one made by another process,
/// within <paramref name="serveFor"/>.
/// </summary>
/// <remarks>
/// For reads many requests repeat within seconds. IMemoryCache would keep the values, but each caller that misses
/// reads storage itself: a thousand invitees opening their links at once would make a thousand reads of one row.
/// </remarks>
internal sealed class RecentReads<TKey, TValue>(TimeSpan serveFor)
    where TKey : notnull
{
    // Above this many keys, those read longer ago than serveFor are dropped.
    private const int Tidy = 256;

    private readonly ConcurrentDictionary<TKey, Recent> _recent = new();

    /// <summary>The value of <paramref name="key"/>: a recent read's, or a new one by <paramref name="read"/>.</summary>
    public Task<TValue> GetAsync(TKey key, Func<TKey, Task<TValue>> read, CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        if (!_recent.TryGetValue(key, out var recent) || now - recent.ReadAt > serveFor.TotalMilliseconds || recent.Value.IsFaulted || recent.Value.IsCanceled)
        {
            recent = new Recent(read(key), now);
            _recent[key] = recent;
            if (_recent.Count > Tidy)
            {
                ForgetOlderThan(now - (long)serveFor.TotalMilliseconds);
            }
        }

        return recent.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets <paramref name="key"/> when <paramref name="write"/> starts and again when it ends: a read that began
    /// before the write ended must not be served afterwards.
    /// </summary>
    public async Task<T> AroundAsync<T>(TKey key, Task<T> write)
    {
        _recent.TryRemove(key, out _);
        try
        {
            return await write;
        }
        finally
        {
            _recent.TryRemove(key, out _);
        }
    }

    /// <summary>Forgets every key (after a write that touches many).</summary>
    public void Clear() => _recent.Clear();

    private void ForgetOlderThan(long tick)
    {
        foreach (var (key, recent) in _recent)
        {
            if (recent.ReadAt < tick)
            {
                _recent.TryRemove(KeyValuePair.Create(key, recent));
            }
        }
    }

    private sealed record Recent(Task<TValue> Value, long ReadAt);
}
