using System.Text.Json.Serialization;
using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Functions.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: the security schemes and who may call what
/// (<see cref="ApiSecurity"/>), the inputs' required fields, formats and enums (<see cref="ConferenceSchemas"/>, <see cref="Conclusions.Api.ConclusionSchemas"/>, <see cref="RequiredInputs"/>), and a
/// complete example for every JSON request body (<see cref="ApiExamples"/>, <see cref="RequestExamples"/>).
/// </summary>
public static class OpenApiRegistration
{
    public static WebApplicationBuilder AddApiDocument(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Numbers are numbers: the web defaults also read "3" as 3, which made every int in the document
        // "integer or string". A number sent as a string is now an unreadable body (400 saying where), like any other
        // value of the wrong type.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiSecurity>();
            options.AddDocumentTransformer<RequiredInputs>();
            options.AddOperationTransformer<ApiSecurity>();
            options.AddOperationTransformer<RequestExamples>();
            options.AddSchemaTransformer<ConferenceSchemas>();
            options.AddSchemaTransformer<Conclusions.Api.ConclusionSchemas>();
        });
        return builder;
    }
}
