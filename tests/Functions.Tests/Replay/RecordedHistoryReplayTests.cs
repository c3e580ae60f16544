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

    [Theory]
    [InlineData(RecordedHistory.Conference, "AdvanceConference", "Inviting", "close-registration")]
    [InlineData(RecordedHistory.Conclusion, "AllocateNoticeNumber", "InReview", "decision")]
    public void A_run_cut_while_it_waits_replays_to_that_wait(string fixture, string activity, string status, string next)
    {
        // Cut after the last turn that only set a timer before the activity ran: the deadline or the approval to come.
        var turns = Turn.Split(RecordedHistory.Read(fixture));
        var until = turns.Select((t, i) => (t, i)).First(x => x.t.Decided.Any(d => d.EndsWith($" {activity}", StringComparison.Ordinal))).i;
        var waiting = turns.Take(until).Select((t, i) => (t, i)).Last(x => x.t.Decided.Any() && x.t.Decided.All(d => d.StartsWith("timer", StringComparison.Ordinal))).i;

        var replayed = HistoryReplay.Run(Orchestrator(fixture), turns.Take(waiting + 1).SelectMany(t => t.Events), []);

        replayed.Actions.Should().BeEmpty("everything it decided up to the wait is in the history");
        replayed.CustomStatus.Should().NotBeNull();
        using var progress = JsonDocument.Parse(replayed.CustomStatus!);
        progress.RootElement.GetProperty("status").GetString().Should().Be(status);
        progress.RootElement.GetProperty("next").GetString().Should().Be(next);
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

    private static ITaskOrchestrator Orchestrator(string fixture) => fixture switch
    {
        RecordedHistory.Conference => new ConferenceOrchestrator(),
        _ => new ConclusionOrchestrator(),
    };
}
