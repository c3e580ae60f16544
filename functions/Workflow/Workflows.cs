using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conclusions.Workflow;
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
            .AddActivity<AdvanceConference>()
            .AddOrchestrator<ConclusionOrchestrator>()
            .AddActivity<LoadConclusionPlan>()
            .AddActivity<OpenConclusion>()
            .AddActivity<DraftConclusion>()
            .AddActivity<AllocateNoticeNumber>()
            .AddActivity<PublishConclusion>()
            .AddActivity<SendConclusionMail>();
    }

    /// <summary>
    /// The events each orchestrator waits for while it runs (the history records a wait only once its event arrives, so
    /// the console learns them here): both wait for their change event at every step, raced against their timer.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> AwaitedEvents { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [nameof(ConferenceOrchestrator)] = [ConferenceChange.EventName],
        [nameof(ConclusionOrchestrator)] = [ConclusionChange.EventName],
    };
}
