using System.Collections.Concurrent;

namespace HdndWorkflow.TaskHub.Tests.Orchestrations;

/// <summary>Counts attempts per key, a singleton in the host's container, so an activity can fail its first attempts.</summary>
public sealed class AttemptCounter
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    /// <summary>Records one more attempt for <paramref name="key"/> and returns how many there have been.</summary>
    public int Next(string key) => _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
}
