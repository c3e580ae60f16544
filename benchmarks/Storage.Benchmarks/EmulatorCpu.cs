using System.Globalization;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// The CPU time of the Azurite process this benchmark started, from <c>/proc</c> (Linux only): how much work the
/// emulator did for each side's operations. Equal work per operation is what makes the comparison fair; this is how
/// a bias in the workload itself shows up (see <see cref="Keys"/>).
/// </summary>
internal sealed class EmulatorCpu
{
    // /proc/<pid>/stat counts CPU time in clock ticks of USER_HZ, which Linux fixes at 100 per second.
    private const double MillisecondsPerTick = 10;

    private readonly int _processId;

    private EmulatorCpu(int processId) => _processId = processId;

    /// <summary>The emulator started by this process (its only child), or null where /proc is not there to read.</summary>
    public static EmulatorCpu? FindChild()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && TryReadStat(id, out var parent, out _) && parent == Environment.ProcessId)
            {
                return new EmulatorCpu(id);
            }
        }

        return null;
    }

    /// <summary>The emulator's CPU time so far (user and system), or null once it cannot be read.</summary>
    public TimeSpan? Read() => TryReadStat(_processId, out _, out var cpu) ? cpu : null;

    private static bool TryReadStat(int processId, out int parent, out TimeSpan cpu)
    {
        (parent, cpu) = (0, default);
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // The process is gone, or not ours to read.
        }

        // "pid (comm) state ppid … utime stime …": the command may hold spaces, so count fields after its ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        if (fields.Length < 13
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out parent)
            || !long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            || !long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system))
        {
            return false;
        }

        cpu = TimeSpan.FromMilliseconds((user + system) * MillisecondsPerTick);
        return true;
    }
}
