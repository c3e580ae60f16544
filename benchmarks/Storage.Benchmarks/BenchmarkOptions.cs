using System.Globalization;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>The command line: <c>--seconds N</c> (length of one round), <c>--rounds N</c>, <c>--concurrency N</c>.</summary>
internal sealed record BenchmarkOptions(double RoundSeconds, int Rounds, int Concurrency)
{
    // Azurite is one Node.js thread: 8 requests in flight keep it busy (16 measured the same) while each worker still
    // gets a few transactions into a round. Many short rounds pair client and raw closely in time, which matters on a
    // shared machine whose load comes and goes. Per operation: 1.5 s warm-up and 15 × 0.5 s of rounds per side,
    // 4 × 18 s = 72 s; with Azurite's start, the preparation and the sequential passes, under two minutes.
    public static BenchmarkOptions Default { get; } = new(RoundSeconds: 0.5, Rounds: 15, Concurrency: 8);

    public int WarmUpRounds => 1;

    // The JIT tiers code up after a few thousand calls, whatever the round length: warm up for at least 1.5 s.
    public TimeSpan WarmUpLength => TimeSpan.FromSeconds(Math.Max(1.5, RoundSeconds));

    public TimeSpan RoundLength => TimeSpan.FromSeconds(RoundSeconds);

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--seconds" => options with { RoundSeconds = Positive(double.Parse(value, CultureInfo.InvariantCulture), args[i]) },
                "--rounds" => options with { Rounds = (int)Positive(int.Parse(value, CultureInfo.InvariantCulture), args[i]) },
                "--concurrency" => options with { Concurrency = (int)Positive(int.Parse(value, CultureInfo.InvariantCulture), args[i]) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}': use --seconds N, --rounds N, --concurrency N."),
            };
            i++;
        }

        return options;
    }

    private static double Positive(double value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
}
