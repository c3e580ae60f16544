using System.Buffers;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Storage.Tables;

/// <summary>
/// The Table service's limits, checked before a request leaves so that bad input fails clearly and nothing is half
/// written: https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model.
/// </summary>
public static partial class TableLimits
{
    private static readonly SearchValues<char> AsciiNameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>Largest entity, in the service's own size accounting.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>Most properties besides PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxCustomProperties = 252;

    /// <summary>Longest string property, in characters (64 KiB of UTF-16).</summary>
    public const int MaxStringLength = 32 * 1024;

    /// <summary>Largest binary property.</summary>
    public const int MaxBinaryBytes = StorageLimits.MaxBinaryBytes;

    /// <summary>Longest PartitionKey or RowKey, in characters (1 KiB of UTF-16).</summary>
    public const int MaxKeyLength = 512;

    /// <summary>Most operations in one entity group transaction.</summary>
    public const int MaxTransactionActions = StorageLimits.MaxTransactionActions;

    /// <summary>Largest entity group transaction payload.</summary>
    public const int MaxTransactionBytes = 4 * 1024 * 1024;

    /// <summary>Throws unless <paramref name="name"/> is a valid table name (3–63 letters and digits, starting with a letter).</summary>
    public static void ValidateTableName(string name) => StorageLimits.ValidateTableName(name);

    /// <summary>Throws unless <paramref name="key"/> is a valid PartitionKey or RowKey.</summary>
    public static void ValidateKey(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"{paramName} is {key.Length} characters long; the most is {MaxKeyLength}.", paramName);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException(
                    $"{paramName} contains '{(char.IsControl(c) ? $"U+{(int)c:X4}" : c)}', which keys cannot hold (/ \\ # ? and control characters).",
                    paramName);
            }
        }
    }

    /// <summary>Throws unless the entity fits the service's limits; returns its size as the service counts it.</summary>
    public static int ValidateEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKey(entity.PartitionKey, nameof(entity.PartitionKey));
        ValidateKey(entity.RowKey, nameof(entity.RowKey));
        if (entity.Properties.Count > MaxCustomProperties)
        {
            throw new ArgumentException(
                $"The entity has {entity.Properties.Count} properties; the most is {MaxCustomProperties}.", nameof(entity));
        }

        long size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2);
        foreach (var (name, value) in entity.Properties)
        {
            ValidatePropertyName(name);
            size += 8 + (name.Length * 2) + ValueSize(name, value);
        }

        if (size > MaxEntityBytes)
        {
            throw new ArgumentException(
                $"The entity ({entity.PartitionKey}, {entity.RowKey}) is {size:N0} bytes; the most is {MaxEntityBytes:N0}.", nameof(entity));
        }

        return (int)size;
    }

    private static void ValidatePropertyName(string name)
    {
        if (name.Length is 0 or > 255 || !(IsAsciiPropertyName(name) || PropertyName().IsMatch(name))
            || name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag")
        {
            throw new ArgumentException(
                $"'{name}' is not a valid property name: use up to 255 letters, digits and underscores, starting with a letter or underscore; PartitionKey, RowKey, Timestamp and ETag are the entity's own.",
                nameof(name));
        }
    }

    // The common case, decided without the regex: ASCII letters and underscore, then digits too (all in \p{L}, \p{Nd}).
    private static bool IsAsciiPropertyName(string name) =>
        (char.IsAsciiLetter(name[0]) || name[0] == '_') && !name.AsSpan().ContainsAnyExcept(AsciiNameCharacters);

    private static long ValueSize(string name, object? value) => value switch
    {
        null => 0,
        string s when s.Length > MaxStringLength =>
            throw new ArgumentException($"Property '{name}' holds {s.Length:N0} characters; the most is {MaxStringLength:N0}.", nameof(value)),
        string s => 4 + (s.Length * 2),
        byte[] b => BinarySize(name, b.Length),
        BinaryData b => BinarySize(name, b.ToMemory().Length),
        bool => 1,
        int => 4,
        long or double or DateTime or DateTimeOffset => 8,
        Guid => 16,
        _ => throw new ArgumentException(
            $"Property '{name}' is a {value.GetType().Name}; Table Storage holds string, int, long, double, bool, DateTimeOffset, DateTime, Guid and binary values.",
            nameof(value)),
    };

    private static long BinarySize(string name, int length) => length > MaxBinaryBytes
        ? throw new ArgumentException($"Property '{name}' holds {length:N0} bytes; the most is {MaxBinaryBytes:N0}.", nameof(name))
        : 4 + length;

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*$")]
    private static partial Regex PropertyName();
}
