using System.Text.RegularExpressions;

namespace HdndWorkflow.DurableTask.Tests;

/// <summary>
/// The determinism rules of docs/durable-engine.md, checked over every orchestrator in the repository: files that
/// define a TaskOrchestrator must not read the clock, make Guids or random numbers, sleep, start threads or leave the
/// orchestration's scheduler.
/// </summary>
public sealed partial class DeterminismRulesTests
{
    [Fact]
    public void No_orchestrator_in_the_repository_calls_a_non_deterministic_API()
    {
        var violations = OrchestratorFiles()
            .SelectMany(file => Violations(File.ReadAllText(file)).Select(v => $"{Path.GetRelativePath(RepositoryRoot(), file)}: {v}"))
            .ToList();

        OrchestratorFiles().Should().NotBeEmpty();
        violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("var now = DateTime.UtcNow;", "DateTime.UtcNow")]
    [InlineData("var id = Guid.NewGuid();", "Guid.NewGuid(")]
    [InlineData("await Task.Delay(100);", "Task.Delay(")]
    [InlineData("await x.ConfigureAwait(false);", "ConfigureAwait(false)")]
    [InlineData("await cts.CancelAsync();", "CancelAsync(")]
    [InlineData("var r = new Random();", "new Random(")]
    public void The_check_catches_each_forbidden_call(string line, string expected) =>
        // The base type is spelled in two parts so that this file does not itself read as an orchestrator's source.
        Violations($"class X : {OrchestratorBase}<int, int> {{ void M() {{ {line} }} }}").Should().ContainSingle().Which.Should().Contain(expected);

    private const string OrchestratorBase = "Task" + "Orchestrator";

    internal static IEnumerable<string> Violations(string source) =>
        Forbidden().Matches(source).Select(m => $"uses {m.Value}, which is not deterministic: use the context's time, Guid and timers");

    private static IEnumerable<string> OrchestratorFiles() =>
        Directory.EnumerateFiles(RepositoryRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(nameof(DeterminismRulesTests) + ".cs", StringComparison.Ordinal))
            .Where(f => OrchestratorDefinition().IsMatch(File.ReadAllText(f)));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "HdndWorkflow.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    [GeneratedRegex(@":\s*TaskOrchestrator[<]")]
    private static partial Regex OrchestratorDefinition();

    [GeneratedRegex(@"DateTime(Offset)?\.(Utc)?Now|Guid\.NewGuid\(|new Random\(|Random\.Shared|Task\.Delay\(|Task\.Run\(|Thread\.Sleep\(|ConfigureAwait\(false\)|CancelAsync\(|Stopwatch\.")]
    private static partial Regex Forbidden();
}
