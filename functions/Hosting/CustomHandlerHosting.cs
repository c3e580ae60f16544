using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HdndWorkflow.Functions.Hosting;

/// <summary>
/// Where the app listens. Under the Azure Functions host it is a custom handler: the host picks a free port, passes it
/// in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and forwards every invocation to http://127.0.0.1:that-port. Elsewhere
/// (local runs, tests) the usual <c>--urls</c> / <c>ASPNETCORE_URLS</c> apply.
/// </summary>
/// <remarks>
/// That hop is plain HTTP even though the client used HTTPS (Azure's front ends end TLS and say so in
/// <c>X-Forwarded-Proto</c>, which the host passes on). So under the host, and only there, the app takes the scheme from
/// <c>X-Forwarded-Proto</c> when the request comes from the loopback address (the host on the same instance, the only
/// caller a handler listening on 127.0.0.1 can have): cookies are then marked Secure and HSTS is sent. Run any other way
/// the app ignores the header, which any client could send.
/// </remarks>
public static class CustomHandlerHosting
{
    /// <summary>The setting the Functions host uses to tell a custom handler its port.</summary>
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>
    /// Whether the Functions host runs the app: it always sets <see cref="PortSetting"/>. Read once, at start-up; the
    /// rest of the app asks this, never the variable itself.
    /// </summary>
    public static bool IsUnderFunctionsHost(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[PortSetting]);
    }

    /// <summary>Listens on the custom handler port when the Functions host sets one.</summary>
    public static WebApplicationBuilder AddCustomHandlerHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Environment variables are part of configuration; read once, here, before the server starts.
        if (!IsUnderFunctionsHost(builder.Configuration))
        {
            return builder;
        }

        var value = builder.Configuration[PortSetting];
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{PortSetting} must be a TCP port (1-65535), not '{value}'.");
        }

        // Loopback only: the Functions host on the same instance is the only caller.
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            options.KnownProxies.Add(IPAddress.Loopback);
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
        });
        return builder;
    }

    /// <summary>Under the Functions host, takes the request's scheme from the host's <c>X-Forwarded-Proto</c>; first in the pipeline.</summary>
    public static WebApplication UseCustomHandlerHosting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (IsUnderFunctionsHost(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
