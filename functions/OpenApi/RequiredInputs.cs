using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HdndWorkflow.Functions.OpenApi;

/// <summary>
/// A required field of a request body that holds an object (the conclusion's <c>presidingChair</c>) is that object,
/// not "null or that object": the generator wraps every nullable property's schema in <c>oneOf</c> with null after the
/// schema transformers have run, from the C# property's nullability (the inputs' fields are nullable so that a missing
/// one is a validation error in Vietnamese, not an unreadable body), so the wrapper is taken off here, in the finished
/// document. Only in the schemas request bodies use: in an answer, a required field that may be null is always
/// present, sometimes null.
/// </summary>
internal sealed class RequiredInputs : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(document.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.RequestBody?.Content?.Values ?? [])
            .Select(content => content.Schema)
            .OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (visited.Add(id) && components.TryGetValue(id, out var target))
                {
                    pending.Push(target);
                }
            }
            else if (schema is OpenApiSchema inline)
            {
                Unwrap(inline);
                foreach (var part in Parts(inline))
                {
                    pending.Push(part);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Unwrap(OpenApiSchema schema)
    {
        foreach (var name in schema.Required ?? new HashSet<string>())
        {
            if (schema.Properties?.TryGetValue(name, out var property) == true
                && property.OneOf is [_, _] choices
                && choices.Any(c => c.Type == JsonSchemaType.Null)
                && choices.Where(c => c.Type != JsonSchemaType.Null).ToList() is [var notNull])
            {
                schema.Properties[name] = notNull;
            }
        }
    }

    private static IEnumerable<IOpenApiSchema> Parts(OpenApiSchema schema) =>
        (schema.Properties?.Values ?? [])
            .Concat(schema.OneOf ?? [])
            .Concat(schema.AnyOf ?? [])
            .Concat(schema.AllOf ?? [])
            .Append(schema.Items)
            .Append(schema.AdditionalProperties)
            .OfType<IOpenApiSchema>();
}
