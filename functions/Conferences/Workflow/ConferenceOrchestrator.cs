using HdndWorkflow.Domain.Conferences;
using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conclusions.Workflow;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Workflow;

/// <summary>
/// One conference's workflow: send the invitations, remind those who have not answered (by default three days and one
/// day before the deadline), close registration at the deadline, and wait for the end of the conference, reacting to
/// the organizer's changes (reschedule, cancel, close early, held, invitees and deputies added) as they come. Once the
/// conference is held it hands over to the <see cref="ConclusionOrchestrator"/> as a sub-orchestration.
/// The stored conference is the truth: after each timer or change the orchestration reloads it, and its history grows
/// with the steps taken, never with the number of invitees (mail goes out from at most 16 activities per mailing).
/// </summary>
public sealed class ConferenceOrchestrator : TaskOrchestrator<ConferenceRef, string>
{
    /// <summary>Above this many e-mails due, a mailing is spread over <see cref="Persistence.InvitationShard.Max"/> activities.</summary>
    internal const int ShardAbove = 500;

    /// <summary>The custom status's next step once the conference is held and its conclusion's workflow runs.</summary>
    public const string Conclusion = "conclusion";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, ConferenceRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        // One wait for changes at a time: a wait left pending when a timer wins still receives the next change.
        Task<ConferenceChange>? change = null;

        // Where the current wait began on the app's clock: while a long wait goes on in cut-short timers, the step
        // awaited stays the one decided then, even if the clock has since passed it (a step is never skipped).
        Instant? waitingSince = null;
        while (true)
        {
            var plan = await context.CallActivityAsync<ConferencePlan>(nameof(LoadConferencePlan), input);
            var conference = plan.Conference.ToConference([]);
            var shards = plan.Invitations > ShardAbove ? Persistence.InvitationShard.Max : 1;
            switch (conference.Status)
            {
                case ConferenceStatus.Cancelled:
                    await MailAsync(context, input, MailingKind.Cancellations, shards);
                    return nameof(ConferenceStatus.Cancelled);
                case ConferenceStatus.Held:
                    // Held: the conclusion's workflow takes over (outcome, drafts, review, publication); its result,
                    // "Published" once the article is on the portal, is this workflow's.
                    context.SetCustomStatus(new ConferenceProgress(nameof(ConferenceStatus.Held), conference.Revision, Conclusion, context.CurrentUtcDateTime));
                    return await context.CallSubOrchestratorAsync<string>(
                        nameof(ConclusionOrchestrator),
                        new ConclusionRef(input.Id, conference.Council.Id.Value),
                        new SubOrchestrationOptions(instanceId: ConclusionOrchestrator.InstanceId(conference.Id)));
            }

            if (plan.PendingMail > 0)
            {
                // Spread over shards only when many are due (the first invitations, an update to everyone): a few
                // deputies or added invitees go out from one activity, with one read of the invitations.
                await MailAsync(context, input, MailingKind.Invitations, plan.PendingMail > ShardAbove ? Persistence.InvitationShard.Max : 1);
            }

            var now = Instant.FromDateTimeUtc(plan.Time.Now);
            var step = ConferenceTimeline.Next(conference, waitingSince ?? now, conference.Status != ConferenceStatus.Inviting);
            context.SetCustomStatus(new ConferenceProgress(conference.Status.ToString(), conference.Revision, StepName(step), step.At.ToDateTimeUtc()));

            using var timerCancellation = new CancellationTokenSource();
            var timer = plan.Time.Timer(context, step.At.ToDateTimeUtc(), timerCancellation.Token);
            change ??= context.WaitForExternalEvent<ConferenceChange>(ConferenceChange.EventName);
            if (await Task.WhenAny(timer, change) == change)
            {
                // Cancel, not CancelAsync: the timer's cancellation must run on the orchestration's own thread.
#pragma warning disable CA1849 // Call async methods when in an async method
                timerCancellation.Cancel();
#pragma warning restore CA1849

                // The reload covers every change so far: take those already waiting too (each such wait is complete at
                // once), so that a burst of changes, such as deputies named by hundreds of invitees, costs one reload
                // and one mailing rather than one each. The wait left pending receives the next change.
                do
                {
                    change = context.WaitForExternalEvent<ConferenceChange>(ConferenceChange.EventName);
                }
                while (change.IsCompleted);

                waitingSince = null;
                continue;
            }

            if (!plan.Time.Reaches(step.At.ToDateTimeUtc()))
            {
                // The timer only cut a longer wait short: reload (a change may have come), and wait on for the same step.
                waitingSince ??= now;
                continue;
            }

            waitingSince = null;
            await (step switch
            {
                WorkflowStep.Remind remind => MailAsync(context, input, MailingKind.Reminders, shards, remind.Purpose),
                WorkflowStep.CloseRegistration => context.CallActivityAsync(nameof(AdvanceConference), new AdvanceRequest(input.Id, ConferenceAdvance.CloseRegistration)),
                _ => context.CallActivityAsync(nameof(AdvanceConference), new AdvanceRequest(input.Id, ConferenceAdvance.Held)),
            });
        }
    }

    private static Task MailAsync(TaskOrchestrationContext context, ConferenceRef conference, MailingKind kind, int shards, string? purpose = null) =>
        Task.WhenAll(Enumerable.Range(0, shards).Select(shard =>
            context.CallActivityAsync<int>(nameof(SendConferenceMail), new Mailing(conference.Id, kind, shard, shards, purpose), MailRetry)));

    private static string StepName(WorkflowStep step) => step switch
    {
        WorkflowStep.Remind remind => remind.Purpose,
        WorkflowStep.CloseRegistration => "close-registration",
        _ => "held",
    };

    // SendGrid outages outlast the sender's own retries now and then; the ledger makes every attempt safe to repeat.
    private static readonly TaskOptions MailRetry = new(new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(30), backoffCoefficient: 2));
}

/// <summary>The orchestration's custom status: where the conference is and what it waits for.</summary>
public sealed record ConferenceProgress(string Status, int Revision, string Next, DateTime NextAt);

/// <summary>Input of <see cref="AdvanceConference"/>.</summary>
public sealed record AdvanceRequest(Guid Conference, ConferenceAdvance Advance);
