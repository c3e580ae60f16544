using Microsoft.DurableTask;

namespace HdndWorkflow.TaskHub.Tests.Orchestrations;

/// <summary>
/// Fails its first <see cref="Input.Failures"/> attempts for a key, then returns the attempt number; created from the
/// host's container, so it also shows the glue hands activities their services.
/// </summary>
public sealed class FlakyActivity(AttemptCounter counter) : TaskActivity<FlakyActivity.Input, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var attempt = counter.Next(input.Key);
        return attempt <= input.Failures
            ? throw new InvalidOperationException($"Attempt {attempt} fails on purpose.")
            : Task.FromResult(attempt);
    }

    /// <summary>The key to count attempts under, and how many attempts fail.</summary>
    public sealed record Input(string Key, int Failures);
}
