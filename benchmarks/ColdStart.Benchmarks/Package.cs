using System.Diagnostics;
using HdndWorkflow.Testing;

namespace HdndWorkflow.ColdStart.Benchmarks;

/// <summary>The app published as scripts/publish.sh publishes it, with or without ReadyToRun, into a folder of its own.</summary>
internal sealed record Package(string Name, string Directory, bool ReadyToRun, double SizeMb)
{
    public static async Task<Package> PublishAsync(string root, bool readyToRun, CancellationToken cancellationToken)
    {
        var name = readyToRun ? "ready-to-run" : "jit";
        var output = Path.Combine(root, name);
        var publish = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Repository.PathOf("functions", "HdndWorkflow.Functions.csproj"), "--nologo", "-v", "quiet",
                "--configuration", "Release", "--runtime", "linux-x64", "--self-contained", "true",
                $"-p:PublishReadyToRun={(readyToRun ? "true" : "false")}", "--output", output,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(publish) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):{Environment.NewLine}{await standardOutput}{await standardError}");
        }

        var bytes = new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return new Package(name, output, readyToRun, Math.Round(bytes / 1024.0 / 1024.0, 1));
    }
}
