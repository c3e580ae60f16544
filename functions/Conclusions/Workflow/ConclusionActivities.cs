using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conclusions.Persistence;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>Reads the stored conclusion (and the timers) for the orchestration's next decision.</summary>
internal sealed class LoadConclusionPlan(ConclusionStore store, IOptions<ConclusionOptions> options, Functions.Workflow.WorkflowClock clock) : TaskActivity<ConclusionRef, ConclusionPlan>
{
    public override async Task<ConclusionPlan> RunAsync(TaskActivityContext context, ConclusionRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var timings = ConclusionTimings.From(options.Value);
        if (await store.GetAsync(input.CouncilId, input.ConferenceId, CancellationToken.None) is not var (c, _))
        {
            return new ConclusionPlan(false, nameof(Model.ConclusionStatus.Drafting), false, 0, 0, 0, false, default, null, null, string.Empty, timings, clock.Read());
        }

        return new ConclusionPlan(
            true,
            c.Status.ToString(),
            c.Outcome is not null,
            c.Revision,
            c.ApprovedRevision,
            c.PublishedRevision,
            c.Number is not null,
            c.HeldAt.ToDateTimeUtc(),
            c.Review is { } r ? new PendingReview(r.Round, r.At.ToDateTimeUtc()) : null,
            c.CurrentDecision is { Accepted: false } d ? d.Round : null,
            c.Instance,
            timings,
            clock.Read());
    }
}

/// <summary>Opens the conclusion of the held conference (idempotent).</summary>
internal sealed class OpenConclusion(ConclusionOpener opener) : TaskActivity<ConclusionRef, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ConclusionRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return await opener.OpenAsync(input.ConferenceId, CancellationToken.None) is not null
            ? true
            : throw new InvalidOperationException($"Conference {input.Conference} does not exist or is not held.");
    }
}

/// <summary>Sends one of the workflow's e-mails (each at most once: see <see cref="ConclusionMailer"/>).</summary>
internal sealed class SendConclusionMail(ConclusionMailer mailer) : TaskActivity<ConclusionMail, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, ConclusionMail input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return mailer.SendAsync(input, CancellationToken.None);
    }
}
