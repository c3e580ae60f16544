using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// The app as the Functions host runs it: the executable named in host.json, started with
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, answering on http://127.0.0.1:that-port.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CustomHandlerProcessTests(AppFixture app)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Executable_named_in_host_json_listens_on_the_custom_handler_port_instead_of_ASPNETCORE_URLS()
    {
        var (handlerPort, urlsPort) = (FreePort(), FreePort());
        var settings = ProductionHandler(handlerPort);
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{urlsPort}";
        using var process = StartHandler(settings);
        try
        {
            using (var health = await HealthyAsync(process, handlerPort))
            {
                health.StatusCode.Should().Be(HttpStatusCode.OK);
                (await HealthJson.ReadAsync(health)).Status.Should().Be("Healthy");
            }

            using var page = await Http.GetAsync(new Uri($"http://127.0.0.1:{handlerPort}/"));
            page.StatusCode.Should().Be(HttpStatusCode.OK);

            var other = () => Http.GetAsync(new Uri($"http://127.0.0.1:{urlsPort}/health"));
            await other.Should().ThrowAsync<HttpRequestException>("the custom handler port replaces ASPNETCORE_URLS");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Under_the_Functions_host_the_executable_reads_host_json_beside_it_and_app_settings_override_it()
    {
        // The Functions host passes its environment, app settings included, to the handler: an app setting
        // AzureFunctionsJobHost__extensions__durableTask__hubName overrides host.json for the host and the app alike.
        var hubName = "P" + Guid.NewGuid().ToString("N")[..12];
        var handlerPort = FreePort();
        var settings = ProductionHandler(handlerPort);
        settings["AzureFunctionsJobHost__extensions__durableTask__hubName"] = hubName;
        using var process = StartHandler(settings);
        try
        {
            using (var health = await HealthyAsync(process, handlerPort))
            {
                health.StatusCode.Should().Be(HttpStatusCode.OK);
            }

            // The engine created the overriding hub's control queues at start-up, as many as host.json's partitionCount.
            var queues = app.Azurite.Connection.CreateQueueServiceClient();
            var prefix = hubName.ToLowerInvariant();
            var partitions = FunctionDefinitions.HostJson().GetProperty("extensions").GetProperty("durableTask")
                .GetProperty("storageProvider").GetProperty("partitionCount").GetInt32();
            foreach (var partition in Enumerable.Range(0, partitions))
            {
                var queueName = string.Create(CultureInfo.InvariantCulture, $"{prefix}-control-{partition:D2}");
                (await queues.GetQueueClient(queueName).GetPropertiesAsync()).Value.ApproximateMessagesCount.Should().Be(0, $"{queueName} exists and is empty");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Under_the_Functions_host_the_forwarded_HTTPS_scheme_makes_cookies_Secure_and_sends_HSTS()
    {
        // The host forwards over plain HTTP on loopback and passes the front end's X-Forwarded-Proto on.
        var port = FreePort();
        using var process = StartHandler(ProductionHandler(port));
        try
        {
            (await HealthyAsync(process, port)).Dispose();

            using var forwarded = await SignInPageAsync(port, forwardedProto: "https");
            using var plain = await SignInPageAsync(port, forwardedProto: null);

            forwarded.StatusCode.Should().Be(HttpStatusCode.OK);
            forwarded.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000");
            forwarded.Headers.Contains("Server").Should().BeFalse("Kestrel does not name itself");
            var cookie = forwarded.Headers.GetValues("Set-Cookie").Single();
            cookie.Should().StartWith("__Host-hdnd.antiforgery=").And.ContainEquivalentOf("; secure").And.ContainEquivalentOf("; path=/")
                .And.NotContainEquivalentOf("domain=");
            plain.StatusCode.Should().Be(HttpStatusCode.OK);
            plain.Headers.Contains("Strict-Transport-Security").Should().BeFalse("without the forwarded scheme the request is plain HTTP");
            plain.Headers.GetValues("Set-Cookie").Single().Should().StartWith("__Host-hdnd.antiforgery=").And.NotContainEquivalentOf("secure");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>What the Functions host gives the handler in Azure: its port, Production, and the app's settings.</summary>
    private Dictionary<string, string> ProductionHandler(int port) => new()
    {
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture),
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["App__PublicBaseUrl"] = "https://hdnd.example.vn",
        ["Signing__Key"] = Convert.ToBase64String(new byte[32]),
        // Outside Development the app needs an e-mail provider to start; nothing here sends e-mail.
        ["SendGrid__ApiKey"] = "SG.process-test.not-a-real-key",
        ["Email__FromAddress"] = "van-phong@hdnd.example.vn",
        ["AzureWebJobsStorage"] = app.Azurite.ConnectionString,
    };

    private static Task<HttpResponseMessage> HealthyAsync(Process process, int port) => Eventually.GetAsync(
        async () => process.HasExited
            ? throw new InvalidOperationException($"The handler exited with code {process.ExitCode}.")
            : await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/health")),
        TimeSpan.FromSeconds(30),
        "The handler answering on its custom handler port");

    private static async Task<HttpResponseMessage> SignInPageAsync(int port, string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{port}/dang-nhap"));
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return await Http.SendAsync(request);
    }

    private static Process StartHandler(Dictionary<string, string> environment)
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("host.json")));
        var executable = host.RootElement.GetProperty("customHandler").GetProperty("description")
            .GetProperty("defaultExecutablePath").GetString()!;
        // The test's output holds the app and its apphost, as the publish output does.
        var path = Path.Combine(AppContext.BaseDirectory, executable + (OperatingSystem.IsWindows() ? ".exe" : ""));
        File.Exists(path).Should().BeTrue($"{path} is the app's executable");

        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The apphost finds the runtime through DOTNET_ROOT: point it at the one running these tests.
        start.Environment["DOTNET_ROOT"] = DotNet.Root;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
