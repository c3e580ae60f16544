using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace HdndWorkflow.Testing;

/// <summary>
/// The real app, as built beside the program or tests that use this (Release with <c>-c Release</c>), started as its
/// own process: its apphost, in Development (the dev directory, API keys and the development mailbox), on a free
/// loopback port, on the private Azurite, with the workflow engine (the Durable Task Framework's worker) in its process
/// as in Azure. <see cref="KillAsync"/> ends it as a crash does (SIGKILL); disposed, the process is killed too.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const string Executable = "HdndWorkflow.Functions";
    private readonly Process _process;
    private readonly Queue<string> _recentOutput = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>A development API key (dev-organizer, dev-approver…) from the app's appsettings.Development.json, as a developer would copy it.</summary>
    public static string DevelopmentKey(string name)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json")));
        return settings.RootElement.GetProperty("Directory").GetProperty("ApiKeys").EnumerateArray()
            .First(k => k.GetProperty("Name").GetString() == name).GetProperty("Key").GetString()!;
    }

    /// <summary>
    /// Starts the app on a free port and waits until it answers /health; <paramref name="settings"/> (configuration keys,
    /// ':' between sections) come on top of the app's own, as environment variables do.
    /// </summary>
    public static Task<AppProcess> StartAsync(string storageConnectionString, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(storageConnectionString, FreePort(), cancellationToken, settings);

    /// <summary>
    /// Starts the app on <paramref name="port"/> (a restarted app keeps its address, as behind a load balancer) and
    /// waits until it answers /health; <paramref name="settings"/> as above. <paramref name="directory"/>: where the app
    /// is, when not built beside this program (a published package).
    /// </summary>
    public static async Task<AppProcess> StartAsync(
        string storageConnectionString, int port, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null, string? directory = null)
    {
        directory ??= AppContext.BaseDirectory;
        var path = Path.Combine(directory, Executable + (OperatingSystem.IsWindows() ? ".exe" : string.Empty));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: build this project, which builds the app beside it.");
        }

        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The apphost finds the runtime through DOTNET_ROOT: the one running this program.
        start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        start.Environment["AzureWebJobsStorage"] = storageConnectionString;
        start.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        var app = new AppProcess(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
        process.OutputDataReceived += (_, e) => app.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => app.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilHealthyAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>The app's last lines of output, for a report of what went wrong.</summary>
    public string RecentOutput()
    {
        lock (_recentOutput)
        {
            return string.Join(Environment.NewLine, _recentOutput);
        }
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill does (SIGKILL: no shutdown runs).</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_recentOutput)
        {
            _recentOutput.Enqueue(line);
            while (_recentOutput.Count > 40)
            {
                _recentOutput.Dequeue();
            }
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:{Environment.NewLine}{RecentOutput()}");
            }

            try
            {
                using var health = await http.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Starting up slowly.
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"The app did not answer /health within 60 s:{Environment.NewLine}{RecentOutput()}");
            }

            // Often enough that a start-up time measured through this (benchmarks/ColdStart.Benchmarks) is not the polling's.
            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>A loopback port free now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
