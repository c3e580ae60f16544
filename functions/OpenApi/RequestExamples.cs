using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace HdndWorkflow.Functions.OpenApi;

/// <summary>
/// Puts the example of <see cref="ApiExamples"/> for the body's type on each JSON request body, written with the API's
/// own JSON options, so that it reads as a request would.
/// </summary>
internal sealed class RequestExamples(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        // A body bound to a parameter, or one declared with Accepts<T> for a handler that reads the request itself.
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type
            ?? context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>().FirstOrDefault()?.RequestType;
        if (body is not null && ApiExamples.ByType.TryGetValue(body, out var example)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType type)
        {
            type.Example = JsonSerializer.SerializeToNode(example, body, json.Value.SerializerOptions);
        }

        return Task.CompletedTask;
    }
}
