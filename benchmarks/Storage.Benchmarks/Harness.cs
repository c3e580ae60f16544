using System.Diagnostics;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// Measures one scenario: a warm-up of both sides, then alternating client and raw rounds of equal length at equal
/// concurrency (so the emulator's drift, its in-memory tables growing, touches both alike), the median round of each;
/// then a sequential pass of each side for the bytes it allocates and the CPU it spends per operation.
/// </summary>
internal sealed class Harness(BenchmarkOptions options, EmulatorCpu? emulator)
{
    public static void Log(string line) => Console.Error.WriteLine(line);

    public async Task<OperationResult> MeasureAsync(IScenario scenario)
    {
        await scenario.PrepareAsync();

        // Warm-up until the JIT has tiered up both sides' code (a few thousand calls) and the emulator's too.
        for (var round = 0; round < options.WarmUpRounds; round++)
        {
            await RunRoundAsync(scenario.ClientAsync, options.WarmUpLength);
            await RunRoundAsync(scenario.RawAsync, options.WarmUpLength);
        }

        var client = new Round[options.Rounds];
        var raw = new Round[options.Rounds];
        for (var round = 0; round < options.Rounds; round++)
        {
            // Client, raw, raw, client, client, raw, …: neither side always goes first, which cancels both a steady
            // drift and whatever the emulator carries over from one round into the next.
            if (round % 2 == 0)
            {
                client[round] = await RunRoundAsync(scenario.ClientAsync, options.RoundLength);
                raw[round] = await RunRoundAsync(scenario.RawAsync, options.RoundLength);
            }
            else
            {
                raw[round] = await RunRoundAsync(scenario.RawAsync, options.RoundLength);
                client[round] = await RunRoundAsync(scenario.ClientAsync, options.RoundLength);
            }

            Log($"{scenario.Name} round {round + 1}/{options.Rounds}: client {client[round].OpsPerSecond:F0}/s, " +
                $"raw {raw[round].OpsPerSecond:F0}/s, ratio {client[round].OpsPerSecond / raw[round].OpsPerSecond:F3}");
        }

        var clientCost = await SequentialCostAsync(scenario.ClientAsync, scenario.AllocationOperations);
        var rawCost = await SequentialCostAsync(scenario.RawAsync, scenario.AllocationOperations);
        await scenario.CleanUpAsync();
        var result = new OperationResult(
            new SideResult(Median(client), clientCost, EmulatorMicrosecondsPerOperation(client)),
            new SideResult(Median(raw), rawCost, EmulatorMicrosecondsPerOperation(raw)));
        Log($"{scenario.Name}: client {result.ClientOpsPerSecond}/s, raw {result.RawOpsPerSecond}/s, ratio {result.Ratio}; " +
            $"{result.ClientAllocatedBytesPerOperation} vs {result.RawAllocatedBytesPerOperation} bytes/op; " +
            $"own CPU {result.ClientCpuMicrosecondsPerOperation} vs {result.RawCpuMicrosecondsPerOperation} µs/op; " +
            $"Azurite CPU {result.ClientAzuriteCpuMicrosecondsPerOperation} vs {result.RawAzuriteCpuMicrosecondsPerOperation} µs/op");
        return result;
    }

    /// <summary>One round: <see cref="BenchmarkOptions.Concurrency"/> workers, each repeating the operation until the round ends.</summary>
    private async Task<Round> RunRoundAsync(Func<Task> operation, TimeSpan length)
    {
        // Each round starts from a clean heap, so no side pays for the other's garbage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var emulatorBefore = emulator?.Read();
        long operations = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = new Task[options.Concurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                long done = 0;
                while (stopwatch.Elapsed < length)
                {
                    await operation();
                    done++;
                }

                Interlocked.Add(ref operations, done);
            });
        }

        await Task.WhenAll(workers);
        var elapsed = stopwatch.Elapsed;
        return new Round(operations, elapsed, emulator?.Read() - emulatorBefore);
    }

    /// <summary>
    /// Bytes allocated and CPU time spent by this process per operation, over one worker doing <paramref name="count"/>
    /// operations in sequence. Bytes are counted over every thread (<see cref="GC.GetTotalAllocatedBytes"/>): an async
    /// operation resumes on pool threads, so the current thread's counter would miss most of it.
    /// </summary>
    private static async Task<SequentialCost> SequentialCostAsync(Func<Task> operation, int count)
    {
        for (var i = 0; i < 10; i++)
        {
            await operation();
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < count; i++)
        {
            await operation();
        }

        var bytesAfter = GC.GetTotalAllocatedBytes(precise: true);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new SequentialCost((bytesAfter - bytesBefore) / count, cpu.TotalMicroseconds / count);
    }

    private static double Median(Round[] rounds)
    {
        var sorted = rounds.Select(r => r.OpsPerSecond).Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The emulator's CPU time per operation over all measured rounds of one side; null where it cannot be read.</summary>
    private static double? EmulatorMicrosecondsPerOperation(Round[] rounds) =>
        rounds.All(r => r.EmulatorCpu is not null)
            ? rounds.Sum(r => r.EmulatorCpu!.Value.TotalMicroseconds) / rounds.Sum(r => r.Operations)
            : null;

    private readonly record struct Round(long Operations, TimeSpan Elapsed, TimeSpan? EmulatorCpu)
    {
        public double OpsPerSecond => Operations / Elapsed.TotalSeconds;
    }
}
