using System.Text.RegularExpressions;

namespace HdndWorkflow.Storage;

/// <summary>
/// Limits and naming rules of the Table and Queue services that the Azure SDK does not check before a request leaves:
/// https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model.
/// </summary>
public static partial class StorageLimits
{
    /// <summary>Largest binary property (a string property holds 64 KiB of UTF-16, 32 Ki characters).</summary>
    public const int MaxBinaryBytes = 64 * 1024;

    /// <summary>Most operations in one entity group transaction.</summary>
    public const int MaxTransactionActions = 100;

    /// <summary>Throws unless <paramref name="name"/> is a valid table name (3–63 letters and digits, starting with a letter).</summary>
    public static void ValidateTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TableName().IsMatch(name) || string.Equals(name, "tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid table name: use 3 to 63 letters and digits, starting with a letter.", nameof(name));
        }
    }

    /// <summary>Throws unless <paramref name="name"/> is a valid queue name (3–63 lower-case letters, digits and single hyphens).</summary>
    public static void ValidateQueueName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!QueueName().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid queue name: use 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.",
                nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueName();
}
