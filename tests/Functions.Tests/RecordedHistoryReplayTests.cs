using HdndWorkflow.DurableTask;
using HdndWorkflow.DurableTask.Execution;
using HdndWorkflow.DurableTask.History;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences.Workflow;

namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// Histories the engine stored in real runs, replayed against today's orchestrators: instances already running when
/// a new version is deployed go on. The conference's comes from the journey of <c>ConferenceJourneyTests</c> (a deputy
/// named, both reminders, a reschedule, the deadline, a cancellation); the conclusion's from
/// <c>ConclusionWorkflowTests</c> (drafted, submitted, changes requested, edited, submitted again, approved, numbered,
/// published). When a change to an orchestrator is meant to break one, running instances need a plan (let them finish
/// on the old version, or start them again), and a new history is recorded from the same test
/// (<c>OrchestrationReplay.WriteHistory</c> of <c>GetInstanceAsync(id, includeHistory: true)</c>).
/// </summary>
public sealed class RecordedHistoryReplayTests
{
    private static readonly IReadOnlyList<HistoryEvent> Conference = Fixture("conference-orchestrator.history.json");
    private static readonly IReadOnlyList<HistoryEvent> Conclusion = Fixture("conclusion-orchestrator.history.json");

    // The recorded instances' ids: the conference's is its id, its conclusion's that id with ":conclusion".
    private const string ConferenceInstance = "7d11807c-5f46-424c-9bfb-227121435530";
    private const string ConclusionInstance = "35133ac5-abe5-40c6-8009-95456c80a87b:conclusion";

    [Fact]
    public void A_recorded_conference_replays_to_its_recorded_end()
    {
        var replayed = Replay(ConferenceInstance, Conference);

        replayed.Status.Should().Be(OrchestrationRuntimeStatus.Completed);
        replayed.Outstanding.Should().ContainSingle("only the timer for the end of the conference, which the cancellation beat, never fired")
            .Which.Should().BeOfType<TimerCreated>();
    }

    [Fact]
    public void A_conference_waiting_for_its_deadline_replays_to_that_wait()
    {
        // Up to the firing of the deadline's timer (the one followed by AdvanceConference): rescheduled, both reminders
        // sent, waiting for the deadline or a change.
        var deadline = Conference.Take(IndexOf(Conference, e => e is TaskScheduled { Name: nameof(AdvanceConference) })).OfType<TimerFired>().Last();

        var replayed = Replay(ConferenceInstance, [.. Conference.TakeWhile(e => e != deadline)]);

        replayed.Status.Should().Be(OrchestrationRuntimeStatus.Running);
        replayed.Outstanding.Should().ContainSingle(a => a is TimerCreated && a.TaskId == deadline.TaskId);
        replayed.CustomStatus.Should().Contain("close-registration");
    }

    [Fact]
    public void A_recorded_conclusion_replays_to_its_publication()
    {
        var replayed = Replay(ConclusionInstance, Conclusion);

        replayed.Status.Should().Be(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public void A_conclusion_in_its_second_review_replays_to_that_wait()
    {
        // Up to the approval: the second revision is in review, its reminder timer pending.
        var approval = IndexOf(Conclusion, e => e is EventRaised { Input: var input } && input!.Contains("approved", StringComparison.Ordinal));

        var inReview = Conclusion.Take(approval - 1).ToList();
        var reminder = inReview.OfType<TimerCreated>().Last();

        var replayed = Replay(ConclusionInstance, inReview);

        replayed.Status.Should().Be(OrchestrationRuntimeStatus.Running);
        replayed.Outstanding.Should().Contain(reminder, "the earlier timers were beaten by changes and never fired");
        replayed.CustomStatus.Should().Contain("InReview");
    }

    private static ReplayedOrchestration Replay(string instanceId, IReadOnlyList<HistoryEvent> history) =>
        OrchestrationReplay.Replay(
            new DurableTaskRegistry().AddOrchestrator<ConferenceOrchestrator>().AddOrchestrator<ConclusionOrchestrator>(), instanceId, history);

    private static int IndexOf(IReadOnlyList<HistoryEvent> history, Func<HistoryEvent, bool> match) =>
        history.Select((e, i) => (e, i)).First(x => match(x.e)).i;

    private static IReadOnlyList<HistoryEvent> Fixture(string name) =>
        OrchestrationReplay.ReadHistory(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));
}
