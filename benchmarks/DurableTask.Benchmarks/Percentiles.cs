namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Median, 99th percentile and maximum of a sample.</summary>
internal sealed record Percentiles(
double P50, double P99, double Max)
{
    /// <summary>The nearest-rank percentile <paramref name="fraction"/> of an ascending sample (0 when empty).</summary>
    public static double Of(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}
