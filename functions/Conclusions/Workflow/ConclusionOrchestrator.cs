using HdndWorkflow.Domain.Conferences;
using Microsoft.DurableTask;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>
/// A held conference's conclusion: wait for the organizer's outcome (reminding on time), draft it, wait for the
/// submission, ask the approvers (reminding them, and escalating to the chair when the review stalls), send changes
/// requested back to the organizer, and once approved number the notice and publish. The conference's orchestration
/// hands over to it; after publication, each correction or withdrawal is carried by an instance of its own (see
/// <see cref="AmendmentInstanceId"/>). The stored conclusion is the truth: the orchestration reloads it after each
/// change or timer and decides with <see cref="ConclusionSchedule.Next"/>.
/// </summary>
public sealed class ConclusionOrchestrator : TaskOrchestrator<ConclusionRef, string>
{
    /// <summary>The instance the conference's orchestration hands over to.</summary>
    public static string InstanceId(ConferenceId conference) => $"{conference}:conclusion";

    /// <summary>The instance that carries the correction or withdrawal of review round <paramref name="round"/>.</summary>
    public static string AmendmentInstanceId(ConferenceId conference, int round) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{conference}:conclusion:{round}");

    public override async Task<string> RunAsync(TaskOrchestrationContext context, ConclusionRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        // What was sent already (review requests, reminders, escalations), rebuilt identically on every replay.
        var done = new HashSet<string>(StringComparer.Ordinal);

        // One wait for changes at a time: a wait left pending when a timer wins still receives the next change.
        Task<ConclusionChange>? change = null;
        while (true)
        {
            var plan = await context.CallActivityAsync<ConclusionPlan>(nameof(LoadConclusionPlan), input, Retry);
            var step = ConclusionSchedule.Next(plan, input, context.InstanceId, plan.Time.Now, done);
            context.SetCustomStatus(new ConclusionProgress(plan.Status, plan.Revision, step.Name, (step as ConclusionStep.Wait)?.At));
            switch (step)
            {
                case ConclusionStep.End end:
                    return end.Result;
                case ConclusionStep.Run run:
                    await context.CallActivityAsync(run.Activity, run.Input, Retry);
                    done.UnionWith(run.Done);
                    continue;
                case ConclusionStep.Wait { At: null }:
                    change ??= context.WaitForExternalEvent<ConclusionChange>(ConclusionChange.EventName);
                    await change;
                    change = null;
                    continue;
                case ConclusionStep.Wait { At: { } at }:
                    change ??= context.WaitForExternalEvent<ConclusionChange>(ConclusionChange.EventName);
                    using (var timerCancellation = new CancellationTokenSource())
                    {
                        var timer = plan.Time.Timer(context, at, timerCancellation.Token);
                        if (await Task.WhenAny(timer, change) == change)
                        {
                            // Cancel, not CancelAsync: the timer's cancellation must run on the orchestration's own thread.
#pragma warning disable CA1849 // Call async methods when in an async method
                            timerCancellation.Cancel();
#pragma warning restore CA1849
                            change = null;
                        }
                    }

                    continue;
            }
        }
    }

    // Storage hiccups and SendGrid outages outlast the clients' own retries now and then; every activity is idempotent.
    private static readonly TaskOptions Retry = new(new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(30), backoffCoefficient: 2));
}
