using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace HdndWorkflow.Functions.OpenApi;

/// <summary>
/// The edits the schema transformers (<see cref="Conferences.Api.ConferenceSchemas"/>,
/// <see cref="Conclusions.Api.ConclusionSchemas"/>) make to what the generator wrote: required fields, enums, and any
/// change to a property by name.
/// </summary>
internal static class SchemaEdits
{
    /// <summary>
    /// The fields the validation requires, and only those (the generator lists every parameter of a record's
    /// constructor, though a missing one reads as null), null dropped from their types: sending null is refused like
    /// leaving them out. (An object's field is written "null or the object" only after the schema transformers, from
    /// the property's nullability: <see cref="RequiredInputs"/> takes the null out of those.)
    /// </summary>
    public static void Required(OpenApiSchema schema, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Required = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            Change(schema.Properties!, name, p => p.Type &= ~JsonSchemaType.Null);
        }
    }

    public static List<JsonNode> Example(string value) => [JsonValue.Create(value)];

    public static void Enum(IDictionary<string, IOpenApiSchema> properties, string name, IEnumerable<string> values) =>
        Change(properties, name, p => p.Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value))]);

    public static void Change(IDictionary<string, IOpenApiSchema> properties, string name, Action<OpenApiSchema> change)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (properties.TryGetValue(name, out var property))
        {
            Change(property, change);
        }
    }

    public static void Change(IOpenApiSchema? schema, Action<OpenApiSchema> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (schema is OpenApiSchema concrete)
        {
            change(concrete);
        }
    }
}
