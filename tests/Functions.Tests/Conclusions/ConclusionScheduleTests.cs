using HdndWorkflow.Functions.Conclusions.Workflow;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>The orchestration's decisions as a pure function: what it does next for each stored state and time.</summary>
public sealed class ConclusionScheduleTests
{
    private const string Instance = "c:conclusion";
    private static readonly ConclusionRef Ref = new(Guid.NewGuid(), "tinh-mau");
    private static readonly DateTime Held = new(2026, 8, 2, 5, 0, 0, DateTimeKind.Utc);
    private static readonly ConclusionTimings Timings = new(TimeSpan.FromDays(2), 3, TimeSpan.FromDays(1), 2, TimeSpan.FromDays(3));
    private static readonly HashSet<string> Nothing = [];

    [Fact]
    public void A_conclusion_not_yet_opened_is_opened() =>
        Next(Plan() with { Exists = false }, Held).Should().BeOfType<ConclusionStep.Run>().Which.Activity.Should().Be(nameof(OpenConclusion));

    [Fact]
    public void Without_an_outcome_it_waits_for_the_first_reminder_then_sends_it()
    {
        Next(Plan(), Held).Should().Be(new ConclusionStep.Wait("outcome", Held.AddDays(2)));

        var due = Next(Plan(), Held.AddDays(2));
        due.Should().BeOfType<ConclusionStep.Run>().Which.Input.Should().Be(new ConclusionMail(Ref, ConclusionMailKind.OutcomeReminder, 0, 1));

        Next(Plan(), Held.AddDays(2), "outcome-reminder-1").Should().Be(new ConclusionStep.Wait("outcome", Held.AddDays(4)));
        Next(Plan(), Held.AddDays(7), "outcome-reminder-1", "outcome-reminder-2", "outcome-reminder-3")
            .Should().Be(new ConclusionStep.Wait("outcome", null), "after the last reminder it only waits");
    }

    [Fact]
    public void Reminders_that_fell_due_together_go_out_once_as_the_latest()
    {
        var run = Next(Plan(), Held.AddDays(5)).Should().BeOfType<ConclusionStep.Run>().Subject;
        run.Input.Should().Be(new ConclusionMail(Ref, ConclusionMailKind.OutcomeReminder, 0, 2));
        run.Done.Should().Equal("outcome-reminder-1", "outcome-reminder-2");
    }

    [Fact]
    public void An_outcome_recorded_is_drafted_and_a_draft_waits_for_the_submission()
    {
        Next(Plan() with { HasOutcome = true }, Held).Should().BeOfType<ConclusionStep.Run>().Which.Activity.Should().Be(nameof(DraftConclusion));
        Next(Plan() with { HasOutcome = true, Revision = 1 }, Held.AddDays(30)).Should().Be(new ConclusionStep.Wait("submission", null));
    }

    [Fact]
    public void A_review_is_requested_once_then_reminded_then_escalated()
    {
        var submitted = Held.AddDays(1);
        var plan = Plan() with { Status = "InReview", HasOutcome = true, Revision = 2, Review = new PendingReview(1, submitted) };

        Next(plan, submitted).Should().BeOfType<ConclusionStep.Run>()
            .Which.Should().Match<ConclusionStep.Run>(r => r.Input.Equals(new ConclusionMail(Ref, ConclusionMailKind.ReviewRequest, 1, 1)) && r.Done.Single() == "review-1");
        Next(plan, submitted, "review-1").Should().Be(new ConclusionStep.Wait("decision", submitted.AddDays(1)));
        Next(plan, submitted.AddDays(1), "review-1").Should().BeOfType<ConclusionStep.Run>()
            .Which.Input.Should().Be(new ConclusionMail(Ref, ConclusionMailKind.ReviewReminder, 1, 1));
        Next(plan, submitted.AddDays(2), "review-1", "review-1-reminder-1", "review-1-reminder-2")
            .Should().Be(new ConclusionStep.Wait("decision", submitted.AddDays(3)));
        Next(plan, submitted.AddDays(3), "review-1", "review-1-reminder-1", "review-1-reminder-2").Should().BeOfType<ConclusionStep.Run>()
            .Which.Input.Should().Be(new ConclusionMail(Ref, ConclusionMailKind.Escalation, 1, 1));
        Next(plan, submitted.AddDays(9), "review-1", "review-1-reminder-1", "review-1-reminder-2", "review-1-escalation")
            .Should().Be(new ConclusionStep.Wait("decision", null));
    }

    [Fact]
    public void Changes_requested_are_sent_to_the_organizer_once()
    {
        var plan = Plan() with { Status = "ChangesRequested", HasOutcome = true, Revision = 1, Refused = 1 };

        Next(plan, Held).Should().BeOfType<ConclusionStep.Run>().Which.Input.Should().Be(new ConclusionMail(Ref, ConclusionMailKind.Refusal, 1, 1));
        Next(plan, Held, "refusal-1").Should().Be(new ConclusionStep.Wait("submission", null));
    }

    [Fact]
    public void Approval_numbers_then_publishes_then_ends()
    {
        var approved = Plan() with { Status = "Approved", HasOutcome = true, Revision = 1, ApprovedRevision = 1 };

        Next(approved, Held).Should().BeOfType<ConclusionStep.Run>().Which.Activity.Should().Be(nameof(AllocateNoticeNumber));
        Next(approved with { Numbered = true }, Held).Should().BeOfType<ConclusionStep.Run>().Which.Activity.Should().Be(nameof(PublishConclusion));
        Next(approved with { Numbered = true, Status = "Published", PublishedRevision = 1 }, Held).Should().Be(new ConclusionStep.End("Published"));
    }

    [Fact]
    public void An_approved_correction_is_published_and_a_withdrawal_ends_the_workflow()
    {
        var published = Plan() with { Status = "Published", HasOutcome = true, Revision = 2, ApprovedRevision = 2, PublishedRevision = 1, Numbered = true };

        Next(published, Held).Should().BeOfType<ConclusionStep.Run>().Which.Activity.Should().Be(nameof(PublishConclusion));
        Next(published with { Status = "Withdrawn", ApprovedRevision = 1 }, Held).Should().Be(new ConclusionStep.End("Withdrawn"));
    }

    [Fact]
    public void An_instance_no_longer_in_charge_ends()
    {
        var handedOver = Plan() with { Status = "Published", Instance = "c:conclusion:2", Review = new PendingReview(2, Held) };

        Next(handedOver, Held).Should().Be(new ConclusionStep.End("Published"));
    }

    private static ConclusionStep Next(ConclusionPlan plan, DateTime now, params string[] done) =>
        ConclusionSchedule.Next(plan, Ref, Instance, now, done.Length == 0 ? Nothing : done.ToHashSet());

    private static ConclusionPlan Plan() =>
        new(true, "Drafting", false, 0, 0, 0, false, Held, null, null, Instance, Timings, new Workflow.WorkflowTime(Held, TimeSpan.FromDays(3)));
}
