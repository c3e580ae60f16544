using System.Text.Json;

namespace HdndWorkflow.DurableTask.Execution;

/// <summary>How inputs, outputs, events and custom status are written: JSON (web defaults), size-checked.</summary>
public sealed class DataConverter(JsonSerializerOptions? options = null)
{
    /// <summary>The largest serialised payload: it must travel in one queue message and one table property.</summary>
    public const int MaxPayloadBytes = 45_000;

    // Relaxed escaping keeps Vietnamese text as UTF-8 (2–3 bytes a letter, not a 6-byte \uXXXX): payloads are stored, not embedded in HTML.
    private readonly JsonSerializerOptions _options = options ?? new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises a value; throws <see cref="ArgumentException"/> naming <paramref name="what"/> when it is too large.</summary>
    public string? Serialize(object? value, string what)
    {
        if (value is null)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(value, value.GetType(), _options);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        if (bytes > MaxPayloadBytes)
        {
            throw new ArgumentException(
                $"The {what} is {bytes:N0} bytes of JSON; the most is {MaxPayloadBytes:N0}. Keep large data in storage and pass its key.");
        }

        return json;
    }

    /// <summary>Deserialises a value written by <see cref="Serialize"/>.</summary>
    public object? Deserialize(string? json, Type type) =>
        json is null ? (type.IsValueType ? Activator.CreateInstance(type) : null) : JsonSerializer.Deserialize(json, type, _options);

    /// <summary>Deserialises a value written by <see cref="Serialize"/>.</summary>
    public T Deserialize<T>(string? json) => (T)Deserialize(json, typeof(T))!;
}
