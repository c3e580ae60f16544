using System.Globalization;

namespace HdndWorkflow.Testing;

/// <summary>Memory and CPU time of a process, from /proc (Linux; nulls elsewhere), for the benchmarks.</summary>
public static class ProcessStats
{
    private const double Mebibyte = 1024 * 1024;

    // USER_HZ: the unit of /proc/<pid>/stat's times, 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>The peak resident set (VmHWM): the most physical memory the process has held.</summary>
    public static double? PeakResidentMb(int processId) => StatusKilobytes(processId, "VmHWM:") is { } kb ? Math.Round(kb * 1024 / Mebibyte, 1) : null;

    /// <summary>The resident set now (VmRSS).</summary>
    public static double? ResidentMb(int processId) => StatusKilobytes(processId, "VmRSS:") is { } kb ? Math.Round(kb * 1024 / Mebibyte, 1) : null;

    /// <summary>
    /// Starts this process's peak resident set (VmHWM) afresh from the current resident set (Linux: "5" written to
    /// /proc/self/clear_refs), so a peak read later is that of what came after; false where that is not allowed.
    /// </summary>
    public static bool ResetPeakResident()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>User plus system CPU time used so far.</summary>
    public static TimeSpan? CpuTime(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is the 14th, stime the 15th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The 1, 5 and 15 minute load averages, to tell a run on a busy machine from one on an idle one.</summary>
    public static double[] LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? [.. File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture))]
            : [];

    private static long? StatusKilobytes(int processId, string field)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line?[field.Length..].Trim().Split(' ')[0];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture);
    }
}
