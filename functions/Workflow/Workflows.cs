using HdndWorkflow.DurableTask;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>The app's orchestrators and activities: the one place where they are registered with the engine.</summary>
internal static class Workflows
{
    /// <summary>Registers every orchestrator and activity the app runs, under their class names.</summary>
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);

        // None yet. The conference orchestrations (invite, remind, confirm, draft the conclusion, approve, publish) and
        // their activities come with later issues, as registry.AddOrchestrator<T>() and registry.AddActivity<T>() here.
    }
}
