using HdndWorkflow.Resilience.BadInput;
using HdndWorkflow.Resilience.CrashLoop;

namespace HdndWorkflow.Resilience;

/// <summary>
/// The parts of the suite, in the order they run when none is named. A part is an <see cref="IPart"/>: listed here, it is
/// part of the command (by its name, or when none is named), of the summary and of docs/resilience.md.
/// </summary>
internal static class Parts
{
    public static IReadOnlyList<IPart> All { get; } = [new CrashLoopPart(), new StorageFaultsPart(), new BadInputPart(), new LoadPart()];

    /// <summary>The parts named (in the order named), or all of them.</summary>
    public static IReadOnlyList<IPart> Named(IReadOnlyList<string> names) =>
        names.Count == 0
            ? All
            : [.. names.Select(name => All.FirstOrDefault(p => p.Name == name)
                ?? throw new ArgumentException($"No part '{name}': the parts are {string.Join(", ", All.Select(p => p.Name))}."))];
}
