namespace HdndWorkflow.Testing;

/// <summary>Paths in the repository the tests, benchmarks and the resilience suite run from (built inside it).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HdndWorkflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No HdndWorkflow.sln above {AppContext.BaseDirectory}: run this from the repository.");
    }
}
