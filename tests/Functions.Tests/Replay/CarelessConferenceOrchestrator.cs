using HdndWorkflow.Functions.Conferences.Workflow;
using Microsoft.DurableTask;

namespace HdndWorkflow.Functions.Tests.Replay;

/// <summary>
/// The conference's workflow as a careless edit could leave it, deployed under the same name: it reads the plan,
/// then closes registration where the recorded run mailed the invitations. Replaying a recorded conference through
/// it must be caught as non-deterministic.
/// </summary>
internal sealed class CarelessConferenceOrchestrator : TaskOrchestrator<ConferenceRef, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ConferenceRef input)
    {
        await context.CallActivityAsync("LoadConferencePlan", input);
        await context.CallActivityAsync("AdvanceConference", new AdvanceRequest(input.Id, ConferenceAdvance.CloseRegistration));
        return nameof(CarelessConferenceOrchestrator);
    }
}
