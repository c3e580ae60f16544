using System.Diagnostics;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Counts at one moment; subtract two for what happened in between.</summary>
internal sealed record RequestSnapshot(
    IReadOnlyDictionary<(string Origin, string Kind), long> Attempts,
    IReadOnlyDictionary<string, long> Failures,
    IReadOnlyDictionary<string, long> ElapsedTicks,
    long Calls)
{
    public long Total => Attempts.Values.Sum();

    public long TotalOf(params string[] origins) => Attempts.Where(p => origins.Contains(p.Key.Origin)).Sum(p => p.Value);

    public static RequestSnapshot operator -(RequestSnapshot after, RequestSnapshot before) => new(
        after.Attempts.ToDictionary(p => p.Key, p => p.Value - before.Attempts.GetValueOrDefault(p.Key)),
        after.Failures.ToDictionary(p => p.Key, p => p.Value - before.Failures.GetValueOrDefault(p.Key), StringComparer.Ordinal),
        after.ElapsedTicks.ToDictionary(p => p.Key, p => p.Value - before.ElapsedTicks.GetValueOrDefault(p.Key), StringComparer.Ordinal),
        after.Calls - before.Calls);

    /// <summary>Attempts by kind (all origins), largest first, zeros left out.</summary>
    public IReadOnlyDictionary<string, long> ByKind() => Sorted(Attempts.GroupBy(p => p.Key.Kind, p => p.Value));

    /// <summary>
    /// Mean time from sending to the answer, by kind, in milliseconds: Azurite serves one request at a time, so under
    /// load this is mostly waiting in its line; the differences between kinds are what each costs it.
    /// </summary>
    public IReadOnlyDictionary<string, double> MeanMillisecondsByKind() =>
        ByKind().ToDictionary(p => p.Key, p => Math.Round(ElapsedTicks.GetValueOrDefault(p.Key) * 1000.0 / Stopwatch.Frequency / p.Value, 2), StringComparer.Ordinal);

    /// <summary>Attempts by origin, largest first.</summary>
    public IReadOnlyDictionary<string, long> ByOrigin() => Sorted(Attempts.GroupBy(p => p.Key.Origin, p => p.Value));

    /// <summary>Failures by kind and status, zeros left out.</summary>
    public IReadOnlyDictionary<string, long> FailuresByKind() => Sorted(Failures.GroupBy(p => p.Key, p => p.Value));

    private static Dictionary<string, long> Sorted(IEnumerable<IGrouping<string, long>> groups) =>
        groups.Select(g => (g.Key, Count: g.Sum())).Where(g => g.Count != 0).OrderByDescending(g => g.Count)
            .ToDictionary(g => g.Key, g => g.Count, StringComparer.Ordinal);
}
