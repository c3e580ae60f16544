using HdndWorkflow.Functions.Storage;

namespace HdndWorkflow.Functions.Tests.Storage;

public sealed class RecentReadsTests
{
    private static readonly TimeSpan ServeFor = TimeSpan.FromMilliseconds(300);
    private readonly RecentReads<string, int> _recent = new(ServeFor);
    private int _reads;

    [Fact]
    public async Task Readers_at_once_share_one_read_that_none_of_their_cancellations_cancels()
    {
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancelled = new CancellationTokenSource();
        var first = _recent.GetAsync("k", _ => { _reads++; return release.Task; }, cancelled.Token);
        var others = Enumerable.Range(0, 20).Select(_ => _recent.GetAsync("k", Read, CancellationToken.None)).ToList();

        await cancelled.CancelAsync();
        release.SetResult(42);

        await first.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        (await Task.WhenAll(others)).Should().OnlyContain(v => v == 42);
        _reads.Should().Be(1);
    }

    [Fact]
    public async Task A_read_serves_for_its_time_then_the_next_asks_storage_again()
    {
        (await _recent.GetAsync("k", Read, CancellationToken.None)).Should().Be(1);
        (await _recent.GetAsync("k", Read, CancellationToken.None)).Should().Be(1);
        (await _recent.GetAsync("other", Read, CancellationToken.None)).Should().Be(2, "each key has its own read");

        await Task.Delay(ServeFor + TimeSpan.FromMilliseconds(100));

        (await _recent.GetAsync("k", Read, CancellationToken.None)).Should().Be(3);
    }

    [Fact]
    public async Task A_failed_read_is_not_kept()
    {
        var failing = () => _recent.GetAsync("k", _ => Task.FromException<int>(new InvalidOperationException("storage down")), CancellationToken.None);
        await failing.Should().ThrowAsync<InvalidOperationException>();

        (await _recent.GetAsync("k", Read, CancellationToken.None)).Should().Be(1);
    }

    [Fact]
    public async Task A_write_is_seen_by_the_next_read_even_when_a_read_began_before_it_ended()
    {
        (await _recent.GetAsync("k", Read, CancellationToken.None)).Should().Be(1);
        var write = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var around = _recent.AroundAsync("k", write.Task);
        var during = _recent.GetAsync("k", Read, CancellationToken.None);
        write.SetResult(true);
        await around;

        (await during).Should().Be(2, "the write forgot the read before it");
        (await _recent.GetAsync("k", Read, CancellationToken.None)).Should().Be(3, "the read that began during the write is forgotten too");
    }

    [Fact]
    public async Task Clear_forgets_every_key()
    {
        await _recent.GetAsync("a", Read, CancellationToken.None);
        await _recent.GetAsync("b", Read, CancellationToken.None);

        _recent.Clear();

        (await _recent.GetAsync("a", Read, CancellationToken.None)).Should().Be(3);
        (await _recent.GetAsync("b", Read, CancellationToken.None)).Should().Be(4);
    }

    private Task<int> Read(string key) => Task.FromResult(Interlocked.Increment(ref _reads));
}
