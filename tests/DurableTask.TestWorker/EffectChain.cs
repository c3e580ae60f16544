namespace HdndWorkflow.DurableTask.TestWorker;

/// <summary>Calls RecordEffect <c>input</c> times in sequence.</summary>
public sealed class EffectChain : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        for (var i = 0; i < input; i++)
        {
            await context.CallActivityAsync<string>(nameof(RecordEffect), i);
        }

        return input;
    }
}
