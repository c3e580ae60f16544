using System.Net.Mime;
using Microsoft.Net.Http.Headers;

namespace HdndWorkflow.Functions.Security;

/// <summary>
/// Headers on every answer, set as it starts (so error pages, problem details and 429s carry them too):
/// <list type="bullet">
/// <item><c>Content-Security-Policy</c> (<see cref="ContentSecurityPolicy"/>) unless the endpoint set its own; not on
/// PDFs, whose viewer in Chromium runs inside the document and breaks under a policy.</item>
/// <item><c>X-Frame-Options: DENY</c> (the policy's <c>frame-ancestors 'none'</c> for older browsers), unless the
/// endpoint set its own, <c>X-Content-Type-Options: nosniff</c> and <c>Referrer-Policy: no-referrer</c>.</item>
/// <item><c>Cache-Control: no-store</c> on personal links (<see cref="PersonalLinkHeadersAttribute"/>) and on every
/// 429.</item>
/// <item>No <c>Server</c> header; outside Development, <c>Strict-Transport-Security</c> on HTTPS answers.</item>
/// </list>
/// </summary>
public static class SecurityHeaders
{
    private const string ReferrerPolicy = "Referrer-Policy";

    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            // The defaults leave out localhost and loopback addresses. Browsers ignore the header from an IP address
            // anyway, and the Functions host's hop may not carry the public host name: send it on every HTTPS answer.
            options.ExcludedHosts.Clear();
        });
        return builder;
    }

    /// <summary>Adds the headers; first in the pipeline after the forwarded scheme is known.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(static (context, next) =>
        {
            var policy = ContentSecurityPolicy.Issue(context);
            context.Response.OnStarting(() =>
            {
                Apply(context, policy);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static void Apply(HttpContext context, string policy)
    {
        var response = context.Response;
        var headers = response.Headers;
        if (!IsPdf(response.ContentType))
        {
            headers.TryAdd(HeaderNames.ContentSecurityPolicy, policy);
        }

        headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
        headers.XContentTypeOptions = "nosniff";
        headers[ReferrerPolicy] = "no-referrer";
        if (response.StatusCode == StatusCodes.Status429TooManyRequests
            || context.GetEndpoint()?.Metadata.GetMetadata<PersonalLinkHeadersAttribute>() is not null)
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }

    private static bool IsPdf(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(MediaTypeNames.Application.Pdf, StringComparison.OrdinalIgnoreCase);
}
