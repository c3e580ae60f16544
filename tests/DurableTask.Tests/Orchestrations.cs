using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask.Tests;

// Orchestrators and activities the tests run; each is small and says what it exercises.

public sealed class SayHello : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"Xin chào {input}");
}

public sealed class HelloSequence : TaskOrchestrator<string[], List<string>>
{
    public override async Task<List<string>> RunAsync(TaskOrchestrationContext context, string[] input)
    {
        var greetings = new List<string>();
        foreach (var city in input)
        {
            greetings.Add(await context.CallActivityAsync<string>(nameof(SayHello), city));
        }

        return greetings;
    }
}

public sealed class Square : TaskActivity<int, long>
{
    public override Task<long> RunAsync(TaskActivityContext context, int input) => Task.FromResult((long)input * input);
}

public sealed class FanOutFanIn : TaskOrchestrator<int, long>
{
    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        var squares = await Task.WhenAll(Enumerable.Range(1, input).Select(i => context.CallActivityAsync<long>(nameof(Square), i)));
        return squares.Sum();
    }
}

/// <summary>Fails until its attempt counter (per idempotency key, kept by the test) reaches the input.</summary>
public sealed class Flaky(AttemptLog attempts) : TaskActivity<int, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, int succeedOnAttempt)
    {
        var attempt = attempts.Record(context.Name);
        return attempt < succeedOnAttempt
            ? throw new InvalidOperationException($"Lần thử {attempt} thất bại")
            : Task.FromResult($"ok after {attempt}");
    }
}

public sealed class AttemptLog
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new();

    public int Record(string key) => _counts.AddOrUpdate(key, 1, (_, n) => n + 1);

    public int Count(string key) => _counts.TryGetValue(key, out var n) ? n : 0;
}

public sealed class RetryingCaller : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int succeedOnAttempt)
    {
        try
        {
            return await context.CallActivityAsync<string>(nameof(Flaky), succeedOnAttempt,
                TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromMilliseconds(100), 2.0)));
        }
        catch (TaskFailedException e)
        {
            return $"failed: {e.FailureDetails.ErrorMessage}";
        }
    }
}

public sealed class Parent : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var child = await context.CallSubOrchestratorAsync<List<string>>(nameof(HelloSequence), new[] { input, input + "2" });
        return string.Join(" | ", child);
    }
}

public sealed class ThrowingOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        throw new InvalidOperationException($"Không hợp lệ: {input}");
}

/// <summary>Waits for an approval event, racing a durable timer of the given hours.</summary>
public sealed class Approval : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int hours)
    {
        context.SetCustomStatus(new { stage = "waiting" });
        try
        {
            var decision = await context.WaitForExternalEvent<string>("Decision", TimeSpan.FromHours(hours));
            return $"decided: {decision}";
        }
        catch (TaskCanceledException)
        {
            return "timed out";
        }
    }
}

/// <summary>Sums the payloads of <c>input</c> "Vote" events, which may arrive before it waits for them.</summary>
public sealed class Tally : TaskOrchestrator<int, long>
{
    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        long sum = 0;
        for (var i = 0; i < input; i++)
        {
            sum += await context.WaitForExternalEvent<int>("Vote");
        }

        return sum;
    }
}

public sealed class Sleeper : TaskOrchestrator<int, DateTime>
{
    public override async Task<DateTime> RunAsync(TaskOrchestrationContext context, int days)
    {
        await context.CreateTimer(TimeSpan.FromDays(days), CancellationToken.None);
        return context.CurrentUtcDateTime;
    }
}

public sealed class Counter : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        if (input >= 3)
        {
            return input;
        }

        await context.CallActivityAsync<string>(nameof(SayHello), $"vòng {input}");
        context.ContinueAsNew(input + 1);
        return input;
    }
}

public sealed class WaitForever : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input) =>
        await context.WaitForExternalEvent<string>("Never");
}

public sealed class GuidsAndTime : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var first = context.NewGuid();
        var before = context.CurrentUtcDateTime;
        await context.CallActivityAsync<string>(nameof(SayHello), "x");
        return $"{first}|{context.NewGuid()}|{before:O}";
    }
}

/// <summary>Tries an activity call with an input over the payload limit, and an activity whose output is over it.</summary>
public sealed class Oversize : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        string refused;
        try
        {
            await context.CallActivityAsync<string>(nameof(SayHello), new string('x', 50_000));
            refused = "sent";
        }
        catch (ArgumentException e)
        {
            refused = e.Message;
        }

        try
        {
            await context.CallActivityAsync<string>(nameof(BigOutput));
            return refused + "|returned";
        }
        catch (TaskFailedException e)
        {
            return refused + "|" + e.FailureDetails.ErrorMessage;
        }
    }
}

public sealed class BigOutput : TaskActivity<object?, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, object? input) => Task.FromResult(new string('y', 50_000));
}

/// <summary>Logs once before and once after an activity; with no cache, the first line is replayed (and must not repeat).</summary>
public sealed class LoggingOrchestrator : TaskOrchestrator<string?, string>
{
    public static readonly LineSink Sink = new();

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var logger = context.CreateReplaySafeLogger<LoggingOrchestrator>();
        logger.LogInformation("before {Id}", context.InstanceId);
        await context.CallActivityAsync<string>(nameof(SayHello), "x");
        logger.LogInformation("after {Id}", context.InstanceId);
        return "ok";
    }
}

/// <summary>Collects formatted log lines of the LoggingOrchestrator category.</summary>
public sealed class LineSink : ILoggerProvider
{
    public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LineSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (category == typeof(LoggingOrchestrator).FullName)
            {
                sink.Lines.Enqueue(formatter(state, exception));
            }
        }
    }
}
