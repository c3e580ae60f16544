namespace HdndWorkflow.Resilience;

/// <summary>
/// One part of the suite: it runs, checks what it is about, and reports its figures. The suite runs the parts named on
/// its command line, or all of <see cref="Parts.All"/>.
/// </summary>
internal interface IPart
{
    /// <summary>The part's name on the command line and in docs/resilience.md ("crash-loop").</summary>
    string Name { get; }

    Task<PartReport> RunAsync(Suite suite, CancellationToken cancellationToken);
}

/// <summary>
/// What a part found. The figures the summary table shows are null where they do not apply to the part; the section
/// is the part's own Markdown (without its heading), with every detail behind the figures.
/// </summary>
internal sealed record PartReport(
    string Name,
    string Title,
    bool Passed,
    string Runs,
    int? Kills,
    string? FaultsInjected,
    long? InputsTried,
    long? Lost,
    long? Duplicated,
    string Section);
