using System.Globalization;

namespace HdndWorkflow.Testing;

/// <summary>The benchmarks' command lines: <c>--name value</c> pairs, each value an integer.</summary>
public static class BenchmarkArguments
{
    /// <summary>The pairs in order; throws when a name has no value or a value is not an integer.</summary>
    public static IEnumerable<(string Name, int Value)> Pairs(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Length; i += 2)
        {
            yield return i + 1 < args.Length
                ? (args[i], int.Parse(args[i + 1], CultureInfo.InvariantCulture))
                : throw new ArgumentException($"{args[i]} needs a value.");
        }
    }
}
