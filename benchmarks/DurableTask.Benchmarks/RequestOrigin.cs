namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// Which part of the run a storage request serves, flowing with the async call that makes it: the benchmark tags its
/// own calls (scheduling, status reads); everything untagged is the engine's worker (polls, loads, commits, deletes).
/// </summary>
internal static class RequestOrigin
{
    public const string Worker = "worker";
    public const string Schedule = "schedule";
    public const string Status = "status";
    public const string Baseline = "baseline";

    private static readonly AsyncLocal<string?> Current = new();

    public static string Name => Current.Value ?? Worker;

    /// <summary>Tags the requests made from here on in this async flow until the scope is disposed.</summary>
    public static Scope Enter(string origin)
    {
        var previous = Current.Value;
        Current.Value = origin;
        return new Scope(previous);
    }

    public readonly struct Scope(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
