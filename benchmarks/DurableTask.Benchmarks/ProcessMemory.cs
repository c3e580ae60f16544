using System.Diagnostics;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Peak memory of this process (for another, see <see cref="HdndWorkflow.Testing.ProcessStats"/>).</summary>
internal static class ProcessMemory
{
    private const double Mebibyte = 1024 * 1024;

    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return Math.Round(process.PeakWorkingSet64 / Mebibyte, 1);
    }
}
