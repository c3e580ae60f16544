using HdndWorkflow.DurableTask;
using HdndWorkflow.Functions.Conferences.Workflow;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>The app's orchestrators and activities: the one place where they are registered with the engine.</summary>
internal static class Workflows
{
    /// <summary>Registers every orchestrator and activity the app runs, under their class names.</summary>
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry
            .AddOrchestrator<ConferenceOrchestrator>()
            .AddActivity<LoadConferencePlan>()
            .AddActivity<SendConferenceMail>()
            .AddActivity<AdvanceConference>();
    }
}
