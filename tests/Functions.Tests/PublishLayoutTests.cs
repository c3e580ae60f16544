namespace HdndWorkflow.Functions.Tests;

/// <summary>The deployment package: what `dotnet publish` of the functions project puts at its root.</summary>
public sealed class PublishLayoutTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"hdnd-publish-{Guid.NewGuid():N}");

    [Fact]
    public async Task Publish_puts_host_json_every_function_folder_and_the_executable_at_the_package_root()
    {
        var (exitCode, log) = await DotNet.RunAsync(
            TimeSpan.FromMinutes(3),
            "publish", Repository.PathOf("functions", "HdndWorkflow.Functions.csproj"),
            "--no-build", "--configuration", DotNet.Configuration, "--output", _output);

        exitCode.Should().Be(0, log);
        File.ReadAllText(Path.Combine(_output, "host.json")).Should().Be(File.ReadAllText(Repository.PathOf("host.json")));
        foreach (var function in Directory.GetDirectories(FunctionDefinitions.Folder).Select(Path.GetFileName))
        {
            File.ReadAllText(Path.Combine(_output, function!, "function.json")).Should().Be(
                File.ReadAllText(Path.Combine(FunctionDefinitions.Folder, function!, "function.json")),
                "the folder's name is the function's name");
        }

        Directory.GetDirectories(_output).Select(Path.GetFileName).Should().Contain(
            ["http"]);
        Directory.Exists(Path.Combine(_output, "FunctionDefinitions")).Should().BeFalse("only the function folders belong at the root");
        var executable = typeof(Program).Assembly.GetName().Name + (OperatingSystem.IsWindows() ? ".exe" : "");
        File.Exists(Path.Combine(_output, executable)).Should().BeTrue("host.json names this executable");
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
