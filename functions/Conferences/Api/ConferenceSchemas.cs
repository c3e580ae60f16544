using System.Text.Json.Nodes;
using HdndWorkflow.Domain.Conferences;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// Publishes the values <see cref="ConferenceInput.Kind"/> and <see cref="ConferenceInput.Scope"/> take as enums in the
/// OpenAPI document: they are strings in the input (so that an unknown value is a validation error in Vietnamese, not an
/// unreadable body), which the generator cannot know.
/// </summary>
internal sealed class ConferenceSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(ConferenceInput) && schema.Properties is { } properties)
        {
            Enum(properties, "kind", ConferenceKindNames.All);
            Enum(properties, "scope", System.Enum.GetNames<ConferenceScope>());
        }

        return Task.CompletedTask;
    }

    private static void Enum(IDictionary<string, IOpenApiSchema> properties, string name, IEnumerable<string> values)
    {
        if (properties.TryGetValue(name, out var property) && property is OpenApiSchema schema)
        {
            schema.Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value))];
        }
    }
}
