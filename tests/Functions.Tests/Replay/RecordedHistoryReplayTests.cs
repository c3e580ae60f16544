using System.Text.Json;
using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences.Workflow;
using Microsoft.DurableTask;

namespace HdndWorkflow.Functions.Tests.Replay;

/// <summary>
/// Histories the Durable Task Framework stored in real runs (see <see cref="RecordedHistory"/>), replayed through its
/// own executor against today's orchestrators: instances already running when a new version is deployed go on.
/// The conference's comes from <c>ConferenceJourneyTests</c> (invitations, a deputy, reminders, a reschedule, the
/// deadline, a cancellation); the conclusion's from <c>ConclusionWorkflowTests</c> (drafted, changes requested, edited,
/// submitted again, approved, numbered, published). When a change to an orchestrator is meant to break them, running
/// instances need a plan (let them finish on the old version, or start them again); then record new histories.
/// </summary>
public sealed class RecordedHistoryReplayTests
{
    [Theory]
    [InlineData(RecordedHistory.Conference)]
    [InlineData(RecordedHistory.Conclusion)]
    public void Every_turn_of_a_recorded_run_replays_to_the_decisions_it_recorded(string fixture)
    {
        var history = RecordedHistory.Read(fixture);

        Turn.Split(history).Should().HaveCountGreaterThan(10, "the run waited, woke up and decided many times");
        HistoryReplay.Divergences(() => Orchestrator(fixture), history).Should().BeEmpty();
    }

    [Theory]
    [InlineData(RecordedHistory.Conference, "Cancelled")]
    [InlineData(RecordedHistory.Conclusion, "Published")]
    public void A_whole_recorded_run_replays_to_its_recorded_end_and_nothing_more(string fixture, string result)
    {
        var history = RecordedHistory.Read(fixture);

        var replayed = HistoryReplay.Run(Orchestrator(fixture), history, []);

        // The executor completes the orchestration again (the history's end is a record, not a decision it matches).
        replayed.Actions.Should().ContainSingle().Which.Should().BeOfType<OrchestrationCompleteOrchestratorAction>()
            .Which.Result.Should().Be(JsonSerializer.Serialize(result));
        Turn.Describe(replayed.Actions.Single()).Should().Be(Turn.Describe(history.OfType<ExecutionCompletedEvent>().Single()));
    }

    [Fact]
    public void A_conference_cut_just_before_its_deadline_replays_to_the_wait_for_it()
    {
        // The turn woken by the deadline's timer, without that timer: registration open, waiting to close it.
        var replayed = CutBefore(RecordedHistory.Conference, t => t.Decided.Any(d => d.EndsWith(" AdvanceConference", StringComparison.Ordinal)), e => e is TimerFiredEvent);

        Waiting(replayed, "Inviting", "close-registration");
    }

    [Fact]
    public void A_conclusion_cut_just_before_its_approval_replays_to_the_wait_for_it()
    {
        // The turn the approval arrived in, without the approval: the second revision in review, awaiting a decision.
        var replayed = CutBefore(RecordedHistory.Conclusion, t => t.Arrived.Any(Approval), Approval);

        Waiting(replayed, "InReview", "decision");

        static bool Approval(HistoryEvent e) => e is EventRaisedEvent { Input: var input } && input.Contains("approved", StringComparison.Ordinal);
    }

    [Fact]
    public void An_orchestrator_that_decides_otherwise_than_the_recorded_run_is_caught_as_non_deterministic()
    {
        var history = RecordedHistory.Read(RecordedHistory.Conference);

        var replayed = HistoryReplay.Run(new CarelessConferenceOrchestrator(), history, []);

        // The executor fails the orchestration with the framework's own non-determinism error.
        replayed.Actions.OfType<OrchestrationCompleteOrchestratorAction>().Should().ContainSingle()
            .Which.Should().Match<OrchestrationCompleteOrchestratorAction>(a => a.OrchestrationStatus == OrchestrationStatus.Failed
                && a.FailureDetails!.ErrorType == typeof(NonDeterministicOrchestrationException).FullName);
        HistoryReplay.Divergences(() => new CarelessConferenceOrchestrator(), history).Should().NotBeEmpty();
    }

    // Replays the turns before the first that matches, then that turn's arrivals but the one left out.
    private static OrchestratorExecutionResult CutBefore(string fixture, Func<Turn, bool> turn, Func<HistoryEvent, bool> leftOut)
    {
        var turns = Turn.Split(RecordedHistory.Read(fixture));
        var cut = turns.TakeWhile(t => !turn(t)).Count();
        return HistoryReplay.Run(Orchestrator(fixture), turns.Take(cut).SelectMany(t => t.Events), turns[cut].Arrived.Where(e => !leftOut(e)));
    }

    // Pending: at most the timer it waits with (set in this turn or, if already in the history, none), nothing else.
    private static void Waiting(OrchestratorExecutionResult replayed, string status, string next)
    {
        // Still waiting: at most a new (cut-short) timer, or the plan reloaded when such a timer fired in the same turn;
        // never a step of its own.
        replayed.Actions.Should().HaveCountLessThan(2);
        replayed.Actions.Where(a => !IsWait(a)).Should().BeEmpty();
        replayed.CustomStatus.Should().NotBeNull();
        using var progress = JsonDocument.Parse(replayed.CustomStatus!);
        progress.RootElement.GetProperty("status").GetString().Should().Be(status);
        progress.RootElement.GetProperty("next").GetString().Should().Be(next);
    }

    private static bool IsWait(OrchestratorAction action) =>
        action is CreateTimerOrchestratorAction || action is ScheduleTaskOrchestratorAction { Name: { } name } && name.StartsWith("Load", StringComparison.Ordinal);

    private static ITaskOrchestrator Orchestrator(string fixture) => fixture switch
    {
        RecordedHistory.Conference => new ConferenceOrchestrator(),
        _ => new ConclusionOrchestrator(),
    };
}
