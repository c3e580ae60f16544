using System.Globalization;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// Fresh keys of one fixed length (so the raw baseline can patch them into pre-built bodies), from one increasing
/// sequence shared by the client and the raw side. Sharing it matters: Azurite keeps each table's PartitionKey and
/// RowKey in sorted arrays, so a key that sorts before many stored ones costs an insert more than one that sorts
/// last; with a prefix per side ("c…" vs "r…") the client's inserts cost the emulator up to twice the raw ones.
/// </summary>
internal static class Keys
{
    public const int Length = 13;

    private static long _next;

    /// <summary>A key never handed out before in this run, sorting after every earlier one: "k" and 12 digits.</summary>
    public static string Next() =>
        string.Create(CultureInfo.InvariantCulture, $"k{Interlocked.Increment(ref _next):D12}");
}
