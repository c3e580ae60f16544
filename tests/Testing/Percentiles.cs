namespace HdndWorkflow.Testing;

/// <summary>Median, 99th percentile and maximum of a sample (milliseconds, say), for the benchmarks.</summary>
public sealed record Percentiles(double P50, double P99, double Max)
{
    public static Percentiles From(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return new Percentiles(Of(sorted, 0.50), Of(sorted, 0.99), sorted.Length == 0 ? 0 : Math.Round(sorted[^1], 1));
    }

    /// <summary>The nearest-rank percentile <paramref name="fraction"/> of an ascending sample (0 when empty).</summary>
    public static double Of(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}
