using Azure;

namespace HdndWorkflow.Storage.Tables;

/// <summary>
/// A Table Storage entity: its keys, its ETag and timestamp, and its typed properties (string, int, long, double,
/// bool, DateTimeOffset/DateTime, Guid, byte[]/BinaryData). A null property value is not stored.
/// </summary>
public sealed class TableEntity
{
    /// <summary>Creates an entity with its partition and row keys.</summary>
    public TableEntity(string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>The partition key: entities of one partition can change together in a transaction.</summary>
    public string PartitionKey { get; }

    /// <summary>The row key, unique within the partition.</summary>
    public string RowKey { get; }

    /// <summary>The version read from or written to the service, for optimistic concurrency (If-Match).</summary>
    public ETag ETag { get; set; }

    /// <summary>When the service last changed the entity; null on an entity not read from the service.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The entity's own properties (keys, ETag and Timestamp excluded).</summary>
    public IDictionary<string, object?> Properties { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Gets or sets one property; a missing property reads as null.</summary>
    public object? this[string name]
    {
        get => Properties.TryGetValue(name, out var value) ? value : null;
        set => Properties[name] = value;
    }

    /// <summary>The property as a string, or null.</summary>
    public string? GetString(string name) => this[name] as string;

    /// <summary>The property as a 32-bit integer, or null.</summary>
    public int? GetInt32(string name) => this[name] switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        _ => null,
    };

    /// <summary>The property as a 64-bit integer, or null.</summary>
    public long? GetInt64(string name) => this[name] switch
    {
        long l => l,
        int i => i,
        _ => null,
    };

    /// <summary>The property as a double, or null.</summary>
    public double? GetDouble(string name) => this[name] switch
    {
        double d => d,
        int i => i,
        long l => l,
        _ => null,
    };

    /// <summary>The property as a Boolean, or null.</summary>
    public bool? GetBoolean(string name) => this[name] as bool?;

    /// <summary>The property as an instant, or null.</summary>
    public DateTimeOffset? GetDateTimeOffset(string name) => this[name] switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(d.ToUniversalTime(), TimeSpan.Zero),
        _ => null,
    };

    /// <summary>The property as a GUID, or null.</summary>
    public Guid? GetGuid(string name) => this[name] as Guid?;

    /// <summary>The property as binary data, or null.</summary>
    public BinaryData? GetBinary(string name) => this[name] switch
    {
        BinaryData b => b,
        byte[] b => BinaryData.FromBytes(b),
        _ => null,
    };

    /// <summary>
    /// Stores bytes larger than one binary property (64 KiB) as properties <c>{prefix}0</c>, <c>{prefix}1</c>, …, each
    /// at most <see cref="TableLimits.MaxBinaryBytes"/>; the entity's 1 MiB limit still applies.
    /// </summary>
    public void SetBinaryChunks(string prefix, ReadOnlySpan<byte> bytes) =>
        TableEntityChunks.Split(prefix, bytes, (name, chunk) => this[name] = chunk);

    /// <summary>The bytes stored by <see cref="SetBinaryChunks"/>, joined again (empty when there are none).</summary>
    public byte[] GetBinaryChunks(string prefix) => TableEntityChunks.Join(prefix, name => this[name]);
}
