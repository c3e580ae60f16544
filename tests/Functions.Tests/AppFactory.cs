using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// The app in memory (the real middleware pipeline on a TestServer) with the given settings on top and, optionally,
/// services of the test's own (registered after the app's).
/// </summary>
public sealed class AppFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings, unlike ConfigureAppConfiguration, reach Program before builder.Build(): the app decides at
        // start-up, from builder.Configuration, whether the Functions host runs it.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
