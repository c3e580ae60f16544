using System.Diagnostics;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Resilience.CrashLoop;

/// <summary>
/// The app as a process on a fixed port (clients keep their address across restarts, as behind a load balancer), on an
/// Azurite that outlives it, killed (SIGKILL: no shutdown runs) and started again at random moments while
/// <see cref="KillAtRandomAsync"/> runs: each kill a random time after the app last answered /health.
/// </summary>
internal sealed class CrashingApp : IAsyncDisposable
{
    private readonly string _storage;
    private readonly int _port;
    private readonly Random _random;
    private readonly List<Kill> _kills = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AppProcess _app;
    private DateTimeOffset? _soon;

    private CrashingApp(string storage, int port, Random random, AppProcess app)
    {
        (_storage, _port, _random, _app) = (storage, port, random, app);
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    /// <summary>What the scenario is doing: each kill records it.</summary>
    public string Phase { get; set; } = "start";

    public IReadOnlyList<Kill> Kills
    {
        get
        {
            lock (_kills)
            {
                return [.. _kills];
            }
        }
    }

    public static async Task<CrashingApp> StartAsync(string storage, int seed, CancellationToken cancellationToken)
    {
        var port = AppProcess.FreePort();
        return new CrashingApp(storage, port, new Random(seed), await AppProcess.StartAsync(storage, port, cancellationToken));
    }

    /// <summary>
    /// Kills and restarts the app until <paramref name="stop"/> is cancelled: each kill between <paramref name="min"/>
    /// and <paramref name="max"/> after the app (re)started, the moment drawn from the seed, or sooner when
    /// <see cref="KillBetween"/> asks for it.
    /// </summary>
    public async Task KillAtRandomAsync(TimeSpan min, TimeSpan max, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var next = DateTimeOffset.UtcNow + Between(min, max);
            while (DateTimeOffset.UtcNow < Earliest(next))
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            lock (_kills)
            {
                _soon = null;
            }

            await KillAndRestartAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Asks for the next kill at a random moment between <paramref name="from"/> and <paramref name="to"/> from now
    /// (unless one comes sooner anyway): so that busy moments, such as a send-out that lasts seconds, get their kills.
    /// </summary>
    public void KillBetween(TimeSpan from, TimeSpan to)
    {
        var at = DateTimeOffset.UtcNow + Between(from, to);
        lock (_kills)
        {
            _soon = _soon is { } soon && soon < at ? soon : at;
        }
    }

    public async Task KillAndRestartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var phase = Phase;
            await _app.KillAsync();
            await _app.DisposeAsync();
            var restart = Stopwatch.StartNew();
            _app = await StartAgainAsync(cancellationToken);
            lock (_kills)
            {
                _kills.Add(new Kill(DateTimeOffset.UtcNow, phase, restart.Elapsed));
            }

            Suite.Log($"Kill {_kills.Count} during {phase}; answering again after {restart.Elapsed.TotalSeconds:F1} s.");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The app's last lines of output.</summary>
    public string RecentOutput() => _app.RecentOutput();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _gate.Dispose();
    }

    private TimeSpan Between(TimeSpan from, TimeSpan to)
    {
        lock (_random)
        {
            return from + ((to - from) * _random.NextDouble());
        }
    }

    private DateTimeOffset Earliest(DateTimeOffset next)
    {
        lock (_kills)
        {
            return _soon is { } soon && soon < next ? soon : next;
        }
    }

    private async Task<AppProcess> StartAgainAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AppProcess.StartAsync(_storage, _port, cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException && attempt < 10)
            {
                // Not started (the port still taken), or not answering within a minute on a machine busy with other
                // work: that process is gone (StartAsync kills it), and another one is started.
                Suite.Log($"The app did not start again (attempt {attempt}): {e.Message.Split('\n')[0]}");
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }
}

/// <summary>One kill: when, during which phase, and how long until the app answered again.</summary>
internal sealed record Kill(DateTimeOffset At, string Phase, TimeSpan Restart);
