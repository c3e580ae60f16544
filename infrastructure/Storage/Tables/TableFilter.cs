using System.Globalization;

namespace HdndWorkflow.Storage.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions with every interpolated value written as a correctly escaped literal:
/// <c>TableFilter.Create($"PartitionKey eq {pk} and Count ge {10L}")</c>.
/// </summary>
public static class TableFilter
{
    /// <summary>Formats the filter, turning each argument into an OData literal.</summary>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arguments = filter.GetArguments();
        var literals = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            literals[i] = Literal(arguments[i]);
        }

        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary>Writes one value as an OData literal.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset o => $"datetime'{o.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}'",
        DateTime t => $"datetime'{t.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}'",
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexString(bytes)}'",
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot be written as an OData literal.", nameof(value)),
    };
}
