using System.Diagnostics;
using System.Globalization;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Peak memory of this process and of another (Azurite) where the OS tells it.</summary>
internal static class ProcessMemory
{
    private const double Mebibyte = 1024 * 1024;

    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return Math.Round(process.PeakWorkingSet64 / Mebibyte, 1);
    }

    /// <summary>The peak resident set (VmHWM in /proc/&lt;pid&gt;/status) of a process; null off Linux.</summary>
    public static double? PeakResidentMb(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?["VmHWM:".Length..].Trim().Split(' ')[0];
        return kilobytes is null ? null : Math.Round(long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024 / Mebibyte, 1);
    }
}
