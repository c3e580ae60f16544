using System.Globalization;

namespace HdndWorkflow.Functions.Hosting;

/// <summary>
/// Where the app listens. Under the Azure Functions host it is a custom handler: the host picks a free port, passes it
/// in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and forwards every invocation to http://127.0.0.1:that-port. Elsewhere
/// (local runs, tests) the usual <c>--urls</c> / <c>ASPNETCORE_URLS</c> apply.
/// </summary>
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
        return builder;
    }
}
