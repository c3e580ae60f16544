using Microsoft.Extensions.Configuration.Memory;

namespace HdndWorkflow.Functions.Hosting;

/// <summary>
/// host.json in the app's configuration under <c>AzureFunctionsJobHost</c>, the prefix the Functions host itself uses, so
/// that a section such as <c>AzureFunctionsJobHost:extensions:durableTask</c> means the same in every mode. The Functions
/// host does not hand host.json to a custom handler: the handler inherits the host's environment (app settings included)
/// plus its port and worker id. So the app reads the file itself, from next to its executable, where publishing puts it
/// (the package root) and building copies it (the output directory).
/// </summary>
public static class HostJsonConfiguration
{
    /// <summary>The configuration prefix of host.json's settings, as in the Functions host.</summary>
    public const string Prefix = "AzureFunctionsJobHost";

    /// <summary>The file's name.</summary>
    public const string FileName = "host.json";

    /// <summary>
    /// Adds host.json from the app's base directory beneath every other source, so app settings
    /// (<c>AzureFunctionsJobHost__extensions__durableTask__hubName</c>), appsettings.json and the command line override
    /// it, as app settings override host.json under the Functions host.
    /// </summary>
    public static WebApplicationBuilder AddHostJson(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{FileName} is missing next to the app ({AppContext.BaseDirectory}); building and publishing put it there.", path);
        }

        var file = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        var settings = file.AsEnumerable()
            .Where(setting => setting.Value is not null)
            .Select(setting => KeyValuePair.Create(ConfigurationPath.Combine(Prefix, setting.Key), setting.Value));
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = settings });
        return builder;
    }
}
