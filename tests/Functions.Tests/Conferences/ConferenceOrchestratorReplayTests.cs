using HdndWorkflow.DurableTask;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.Functions.Conferences.Workflow;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>
/// A conference's history as the engine stored it in the journey of <see cref="ConferenceJourneyTests"/> (a deputy
/// named, both reminders, a reschedule, the deadline, a cancellation), replayed against today's
/// <see cref="ConferenceOrchestrator"/>: conferences already running when a new version is deployed go on. When a
/// change to the orchestrator is meant to break this, running instances need a plan (let them finish on the old
/// version, or start them again), and a new history is recorded from the journey.
/// </summary>
public sealed class ConferenceOrchestratorReplayTests
{
    private static readonly IReadOnlyList<HistoryEvent> Recorded = OrchestrationReplay.ReadHistory(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conferences", "Fixtures", "conference-orchestrator.history.json")));

    private static ReplayedOrchestration Replay(IReadOnlyList<HistoryEvent> history) =>
        OrchestrationReplay.Replay(new DurableTaskRegistry().AddOrchestrator<ConferenceOrchestrator>(), history);

    [Fact]
    public void A_recorded_conference_replays_to_its_recorded_end()
    {
        var replayed = Replay(Recorded);

        replayed.Status.Should().Be(OrchestrationRuntimeStatus.Completed);
        replayed.Outstanding.Should().ContainSingle("only the timer for the end of the conference, which the cancellation beat, never fired")
            .Which.Should().BeOfType<TimerCreated>();
    }

    [Fact]
    public void A_conference_waiting_for_its_deadline_replays_to_that_wait()
    {
        // The history up to the firing of the deadline's timer (the one that led to AdvanceConference): the conference
        // was rescheduled, both reminders went out, and it waits for the deadline or a change.
        var advance = Recorded.ToList().FindIndex(e => e is TaskScheduled { Name: nameof(AdvanceConference) });
        var deadline = Recorded.Take(advance).OfType<TimerFired>().Last();
        var waiting = Recorded.TakeWhile(e => e != deadline).ToList();

        var replayed = Replay(waiting);

        replayed.Status.Should().Be(OrchestrationRuntimeStatus.Running);
        replayed.Outstanding.OfType<TimerCreated>().Should().ContainSingle(t => t.TaskId == deadline.TaskId);
        replayed.CustomStatus.Should().Contain("close-registration");
    }
}
