using Microsoft.DurableTask;

namespace HdndWorkflow.Functions.Tests;

// The smallest orchestration that exercises the engine end to end: an orchestrator that calls one activity. Tests
// register them through the app's ConfigureDurableTask hook; the app itself registers no test code.

public sealed class Ping : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>(nameof(Pong), input);
}

public sealed class Pong : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"pong: {input}");
}
