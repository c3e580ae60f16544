using Microsoft.DurableTask;

namespace HdndWorkflow.DurableTask.Benchmarks;

// The orchestrations the benchmark runs: Durable Functions' hello sequence and fan-out/fan-in, with activities that do
// tiny work and count themselves, so storage requests can be divided by the activities actually executed.

/// <summary>Activities executed in this process (each execution, re-runs included).</summary>
internal sealed class ActivityCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}

internal sealed class SayHello(ActivityCounter counter) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input)
    {
        counter.Increment();
        return Task.FromResult($"Hello {input}!");
    }
}

/// <summary>Greets each city in turn: one activity after another.</summary>
internal sealed class HelloSequence : TaskOrchestrator<string[], string[]>
{
    public override async Task<string[]> RunAsync(TaskOrchestrationContext context, string[] input)
    {
        var greetings = new string[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            greetings[i] = await context.CallActivityAsync<string>(nameof(SayHello), input[i]);
        }

        return greetings;
    }
}

internal sealed class Square(ActivityCounter counter) : TaskActivity<int, long>
{
    public override Task<long> RunAsync(TaskActivityContext context, int input)
    {
        counter.Increment();
        return Task.FromResult((long)input * input);
    }
}

/// <summary>Squares 1..n in parallel activities and sums the squares.</summary>
internal sealed class FanOutFanIn : TaskOrchestrator<int, long>
{
    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        var squares = await Task.WhenAll(Enumerable.Range(1, input).Select(i => context.CallActivityAsync<long>(nameof(Square), i)));
        return squares.Sum();
    }

    /// <summary>What the orchestration returns for <paramref name="n"/>: 1² + … + n².</summary>
    public static long Expected(int n) => (long)n * (n + 1) * ((2L * n) + 1) / 6;
}
