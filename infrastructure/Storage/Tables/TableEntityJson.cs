using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Azure;

namespace HdndWorkflow.Storage.Tables;

/// <summary>
/// The Table service's JSON (OData minimal metadata): types the service cannot infer from JSON are annotated with
/// <c>Name@odata.type</c>, so Int64, Double, DateTime, Guid and Binary values round-trip exactly.
/// </summary>
internal static class TableEntityJson
{
    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("PartitionKey", entity.PartitionKey);
        writer.WriteString("RowKey", entity.RowKey);
        foreach (var (name, value) in entity.Properties)
        {
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteTableName(IBufferWriter<byte> buffer, string tableName)
    {
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteString("TableName", tableName);
        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                writer.WriteString(name, s);
                return;
            case int i:
                writer.WriteNumber(name, i);
                return;
            case bool b:
                writer.WriteBoolean(name, b);
                return;
            case long l:
                WriteType(writer, name, "Edm.Int64");
                Span<byte> digits = stackalloc byte[20];
                l.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
                writer.WriteString(name, digits[..length]);
                return;
            case double d:
                WriteType(writer, name, "Edm.Double");
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(name, d);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }

                return;
            case DateTimeOffset o:
                WriteType(writer, name, "Edm.DateTime");
                WriteDateTime(writer, name, o.UtcDateTime);
                return;
            case DateTime t:
                WriteType(writer, name, "Edm.DateTime");
                WriteDateTime(writer, name, t.ToUniversalTime());
                return;
            case Guid g:
                WriteType(writer, name, "Edm.Guid");
                writer.WriteString(name, g);
                return;
            case byte[] bytes:
                WriteType(writer, name, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                return;
            case BinaryData data:
                WriteType(writer, name, "Edm.Binary");
                writer.WriteBase64String(name, data.ToMemory().Span);
                return;
            default:
                throw new ArgumentException($"Property '{name}' has the unsupported type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteType(Utf8JsonWriter writer, string name, string edmType)
    {
        // "Name@odata.type", composed on the stack: property names are at most 255 characters.
        const string Suffix = "@odata.type";
        Span<char> annotation = name.Length <= 256 ? stackalloc char[name.Length + Suffix.Length] : new char[name.Length + Suffix.Length];
        name.CopyTo(annotation);
        Suffix.CopyTo(annotation[name.Length..]);
        writer.WritePropertyName(annotation);
        writer.WriteStringValue(edmType);
    }

    private static void WriteDateTime(Utf8JsonWriter writer, string name, DateTime utc)
    {
        // For a UTC DateTime the round-trip format "O" is yyyy-MM-ddTHH:mm:ss.fffffffZ, the service's own form, and fast.
        Span<byte> text = stackalloc byte[64];
        utc.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..length]);
    }

    /// <summary>Reads one entity; the reader stands on its StartObject token and ends on its EndObject token.</summary>
    public static TableEntity Read(ref Utf8JsonReader reader)
    {
        string? partitionKey = null, rowKey = null, etag = null;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        Dictionary<string, string>? types = null;

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name.EndsWith("@odata.type", StringComparison.Ordinal))
            {
                (types ??= new(StringComparer.Ordinal))[name[..^"@odata.type".Length]] = reader.GetString()!;
                continue;
            }

            switch (name)
            {
                case "PartitionKey":
                    partitionKey = reader.GetString();
                    continue;
                case "RowKey":
                    rowKey = reader.GetString();
                    continue;
                case "odata.etag":
                    etag = reader.GetString();
                    continue;
            }

            if (name.StartsWith("odata.", StringComparison.Ordinal))
            {
                reader.Skip();
                continue;
            }

            values[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.Number => ReadNumber(ref reader),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"Unexpected {reader.TokenType} in property '{name}'."),
            };
        }

        var entity = new TableEntity(
            partitionKey ?? throw new JsonException("The entity has no PartitionKey."),
            rowKey ?? throw new JsonException("The entity has no RowKey."));
        if (etag is not null)
        {
            entity.ETag = new ETag(etag);
        }

        foreach (var (name, raw) in values)
        {
            var value = types is not null && types.TryGetValue(name, out var type) ? Convert(raw, type) : raw;
            if (name == "Timestamp")
            {
                // The service may leave Timestamp's Edm.DateTime type implicit.
                entity.Timestamp = value as DateTimeOffset? ?? (value is string text ? (DateTimeOffset?)Convert(text, "Edm.DateTime") : null);
            }
            else
            {
                entity.Properties[name] = value;
            }
        }

        return entity;
    }

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return span.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetInt32(out var i) ? (object)i : reader.GetDouble();
    }

    private static object? Convert(object? raw, string edmType) => (edmType, raw) switch
    {
        ("Edm.Int64", string s) => long.Parse(s, CultureInfo.InvariantCulture),
        ("Edm.Double", string s) => s switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.Parse(s, CultureInfo.InvariantCulture),
        },
        ("Edm.Double", int i) => (double)i,
        ("Edm.DateTime", string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        ("Edm.Guid", string s) => Guid.Parse(s),
        ("Edm.Binary", string s) => System.Convert.FromBase64String(s),
        _ => raw,
    };
}
