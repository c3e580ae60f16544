using HdndWorkflow.Functions.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace HdndWorkflow.Functions.OpenApi;

/// <summary>
/// Declares how callers authenticate (the <c>X-Api-Key</c> header; the pages' sign-in cookie, which the API takes for
/// GET and HEAD only) and applies them to every operation that needs a caller. Operations open to anyone (the portal,
/// personal links) carry none.
/// </summary>
internal sealed class ApiSecurity(IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string ApiKey = "ApiKey";
    public const string Cookie = "Cookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "Khóa API của một tài khoản (người tổ chức, người duyệt, quản trị viên). Mọi thay đổi qua API (POST, PUT, DELETE) cần khóa này.",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = cookies.Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie.Name,
            Description = "Cookie đăng nhập của các trang (/dang-nhap). API chỉ nhận cookie cho GET và HEAD; thay đổi bằng cookie bị từ chối (401).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(Requirement(ApiKey, context.Document));
        if (HttpMethods.IsGet(context.Description.HttpMethod ?? string.Empty))
        {
            operation.Security.Add(Requirement(Cookie, context.Document));
        }

        return Task.CompletedTask;
    }

    // Alternatives: each requirement alone is enough.
    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
