using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Testing;
using Microsoft.Extensions.Configuration;

namespace HdndWorkflow.Functions.Tests;

/// <summary>What the app prints at start-up in Development: the built-in accounts' keys, and no key set elsewhere.</summary>
public sealed class DevelopmentAccountsTests
{
    private const string File = "appsettings.Development.json";

    [Fact]
    public void Only_keys_as_appsettings_Development_json_ships_them_are_printed()
    {
        // The app's own files, then the environment, as the host layers them.
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json")
            .AddJsonFile(File)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Directory:ApiKeys:0:Key"] = "changed-in-the-environment-7Qm2",
                ["Directory:ApiKeys:3:Name"] = "ci-robot",
                ["Directory:ApiKeys:3:Key"] = "added-in-the-environment-Zx81",
                ["Directory:ApiKeys:3:User"] = "quan-tri@hdnd.localhost",
            })
            .Build();
        var directory = configuration.GetSection(DirectoryOptions.Section).Get<DirectoryOptions>()!;

        var printed = string.Join('\n', DevelopmentAccounts.Lines(directory, configuration, File, mailbox: true));

        printed.Should().Contain($"dev-approver: {AppProcess.DevelopmentKey("dev-approver")}")
            .And.Contain($"dev-administrator: {AppProcess.DevelopmentKey("dev-administrator")}")
            .And.Contain($"dev-organizer: set outside {File}, not printed")
            .And.Contain($"ci-robot: set outside {File}, not printed")
            .And.NotContain("changed-in-the-environment").And.NotContain("added-in-the-environment")
            .And.NotContain(AppProcess.DevelopmentKey("dev-organizer"), "the file's key no longer applies, and printing it would mislead")
            .And.Contain("/dev/mail");
    }
}
