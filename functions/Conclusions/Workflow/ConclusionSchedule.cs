using HdndWorkflow.Functions.Conclusions.Model;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>What the orchestration does next.</summary>
public abstract record ConclusionStep(string Name)
{
    /// <summary>The workflow is over for now: the conclusion is published (nothing pending) or withdrawn.</summary>
    public sealed record End(string Result) : ConclusionStep("end");

    /// <summary>Call <paramref name="Activity"/> now; afterwards <paramref name="Done"/> count as done.</summary>
    public sealed record Run(string Activity, object Input, IReadOnlyList<string> Done) : ConclusionStep(Activity);

    /// <summary>Wait for a change, or until <paramref name="At"/> (UTC) when something falls due then.</summary>
    public sealed record Wait(string For, DateTime? At) : ConclusionStep(For);
}

/// <summary>
/// The conclusion workflow's decisions, as a pure function of the stored conclusion (<see cref="ConclusionPlan"/>),
/// the orchestration's time and what it has already sent (<c>done</c>, keys kept by the orchestration): draft once the
/// outcome is recorded, ask the approvers once per round, remind and escalate on time, number and publish once
/// approved. Reminders that fell due together (the app was down) go out as one, the latest.
/// </summary>
public static class ConclusionSchedule
{
    public static ConclusionStep Next(ConclusionPlan plan, ConclusionRef conclusion, string instanceId, DateTime now, IReadOnlySet<string> done)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(done);
        if (!plan.Exists)
        {
            return new ConclusionStep.Run(nameof(OpenConclusion), conclusion, []);
        }

        // Another orchestration took over (a correction or withdrawal asked for after publication).
        if (!string.Equals(plan.Instance, instanceId, StringComparison.Ordinal))
        {
            return new ConclusionStep.End(plan.Status);
        }

        var status = Enum.Parse<ConclusionStatus>(plan.Status);
        switch (status)
        {
            case ConclusionStatus.Withdrawn:
                return new ConclusionStep.End(plan.Status);
            case ConclusionStatus.Drafting when !plan.HasOutcome:
                return Timed(
                    "outcome",
                    [.. Enumerable.Range(1, plan.Timings.OutcomeReminders).Select(k => new Due(
                        $"outcome-reminder-{k}", plan.HeldAt + (k * plan.Timings.OutcomeReminderAfter), new ConclusionMail(conclusion, ConclusionMailKind.OutcomeReminder, 0, k), true))],
                    now,
                    done);
            case ConclusionStatus.Drafting or ConclusionStatus.ChangesRequested when plan.Revision == 0:
                return new ConclusionStep.Run(nameof(DraftConclusion), conclusion, []);
            case ConclusionStatus.Drafting or ConclusionStatus.ChangesRequested:
                return Refusal(plan, conclusion, done) ?? new ConclusionStep.Wait("submission", null);
            case ConclusionStatus.Approved when !plan.Numbered:
                return new ConclusionStep.Run(nameof(AllocateNoticeNumber), conclusion, []);
            case ConclusionStatus.Approved:
            case ConclusionStatus.Published when plan.ApprovedRevision > plan.PublishedRevision:
                return new ConclusionStep.Run(nameof(PublishConclusion), conclusion, []);
        }

        if (plan.Review is { } review)
        {
            var request = $"review-{review.Round}";
            if (!done.Contains(request))
            {
                return new ConclusionStep.Run(nameof(SendConclusionMail), new ConclusionMail(conclusion, ConclusionMailKind.ReviewRequest, review.Round), [request]);
            }

            var t = plan.Timings;
            List<Due> due =
            [
                .. Enumerable.Range(1, t.ReviewReminders).Select(k => new Due(
                    $"{request}-reminder-{k}", review.At + (k * t.ReviewReminderAfter), new ConclusionMail(conclusion, ConclusionMailKind.ReviewReminder, review.Round, k), true)),
                new Due($"{request}-escalation", review.At + t.EscalateAfter, new ConclusionMail(conclusion, ConclusionMailKind.Escalation, review.Round), false),
            ];
            return Timed("decision", due, now, done);
        }

        return Refusal(plan, conclusion, done) ?? new ConclusionStep.End(plan.Status);
    }

    private static ConclusionStep? Refusal(ConclusionPlan plan, ConclusionRef conclusion, IReadOnlySet<string> done) =>
        plan.Refused is { } round && !done.Contains($"refusal-{round}")
            ? new ConclusionStep.Run(nameof(SendConclusionMail), new ConclusionMail(conclusion, ConclusionMailKind.Refusal, round), [$"refusal-{round}"])
            : null;

    /// <summary>
    /// Sends what is due (the latest of several due reminders, marking the earlier ones done), else waits for a change
    /// or the next time something falls due.
    /// </summary>
    private static ConclusionStep Timed(string waitFor, List<Due> schedule, DateTime now, IReadOnlySet<string> done)
    {
        var open = schedule.Where(d => !done.Contains(d.Key)).OrderBy(d => d.At).ToList();
        var dueReminders = open.Where(d => d.Reminder && d.At <= now).ToList();
        if (dueReminders.Count > 0)
        {
            return new ConclusionStep.Run(nameof(SendConclusionMail), dueReminders[^1].Mail, [.. dueReminders.Select(d => d.Key)]);
        }

        if (open.FirstOrDefault(d => d.At <= now) is { } due)
        {
            return new ConclusionStep.Run(nameof(SendConclusionMail), due.Mail, [due.Key]);
        }

        return new ConclusionStep.Wait(waitFor, open.FirstOrDefault()?.At);
    }

    private sealed record Due(string Key, DateTime At, ConclusionMail Mail, bool Reminder);
}
