using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HdndWorkflow.Storage;

namespace HdndWorkflow.Testing;

/// <summary>
/// A private Azurite (the npm package pinned in package.json) on free loopback ports, in memory, for one test run or
/// benchmark; disposed, it stops. Nothing depends on a server already running or on fixed ports.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private readonly Process _process;
    private long _requestsServed;

    private Azurite(Process process, int tablePort, int queuePort, int blobPort)
    {
        _process = process;
        TablePort = tablePort;
        QueuePort = queuePort;
        ConnectionString = string.Create(CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={StorageConnection.DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1");
        Connection = StorageConnection.Parse(ConnectionString);
    }

    /// <summary>The Table service's port.</summary>
    public int TablePort { get; }

    /// <summary>The Queue service's port.</summary>
    public int QueuePort { get; }

    /// <summary>A connection string with the emulator's well-known account and this instance's Table, Queue and Blob endpoints.</summary>
    public string ConnectionString { get; }

    /// <summary>The connection to this instance, for the Azure SDK's clients.</summary>
    public StorageConnection Connection { get; }

    /// <summary>
    /// The requests this instance has answered so far, all services together, from its access log (one line per
    /// request, written once the response is sent); 0 unless started with <c>countRequests</c>.
    /// </summary>
    public long RequestsServed => Interlocked.Read(ref _requestsServed);

    /// <summary>The emulator's process id (a Node process), e.g. for reading its memory use.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts Azurite and waits until its services accept connections.</summary>
    public static Task<Azurite> StartAsync(CancellationToken cancellationToken = default) => StartAsync(countRequests: false, cancellationToken);

    /// <summary>
    /// Starts Azurite and waits until its services accept connections. With <paramref name="countRequests"/>, its access
    /// log is on (it is off otherwise: writing it costs the emulator time) and <see cref="RequestsServed"/> counts it.
    /// </summary>
    public static async Task<Azurite> StartAsync(bool countRequests, CancellationToken cancellationToken = default)
    {
        var executable = FindExecutable();
        for (var attempt = 1; ; attempt++)
        {
            var (tablePort, queuePort, blobPort) = (FreePort(), FreePort(), FreePort());
            var start = new ProcessStartInfo(executable)
            {
                ArgumentList =
                {
                    "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry",
                    "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(CultureInfo.InvariantCulture),
                    "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(CultureInfo.InvariantCulture),
                    "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(CultureInfo.InvariantCulture),
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (!countRequests)
            {
                start.ArgumentList.Add("--silent");
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
            Azurite? azurite = null;
            process.OutputDataReceived += (_, e) =>
            {
                // An access-log line: 127.0.0.1 - - [date] "GET /devstoreaccount1/… HTTP/1.1" 200 -
                if (azurite is not null && e.Data?.Contains(" HTTP/1.1\" ", StringComparison.Ordinal) == true)
                {
                    Interlocked.Increment(ref azurite._requestsServed);
                }
            };
            process.ErrorDataReceived += static (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            azurite = new Azurite(process, tablePort, queuePort, blobPort);
            if (await WaitForPortsAsync(process, [tablePort, queuePort, blobPort], cancellationToken))
            {
                return azurite;
            }

            Stop(process);
            if (attempt == 3)
            {
                throw new InvalidOperationException("Azurite did not start on free ports after three attempts.");
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Stop(_process);
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    private static async Task<bool> WaitForPortsAsync(Process process, int[] ports, CancellationToken cancellationToken)
    {
        // Seconds on a quiet machine; a minute leaves room for a loaded one.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    return false;
                }

                using var client = new TcpClient();
                try
                {
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException)
                {
                    await Task.Delay(50, cancellationToken);
                }
            }
        }

        return true;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindExecutable()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(directory.FullName, "package.json")))
            {
                throw new InvalidOperationException($"Azurite is not installed: run 'npm ci' in {directory.FullName}.");
            }
        }

        throw new InvalidOperationException("Azurite is not installed: run 'npm ci' at the repository's root.");
    }
}
