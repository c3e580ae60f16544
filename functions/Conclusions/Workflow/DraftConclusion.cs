using Azure;
using HdndWorkflow.Domain.Vietnamese;
using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conclusions.Drafting;
using HdndWorkflow.Functions.Conclusions.Persistence;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>
/// Drafts the article and the notice from the conference, the frozen roll and the recorded outcome, and stores them as
/// revision 1. Idempotent: a conclusion already drafted is left as it is; a concurrent change of the outcome is
/// drafted from on the next attempt.
/// </summary>
internal sealed class DraftConclusion(ConclusionStore store, ConclusionDrafter drafter, TimeProvider time) : TaskActivity<ConclusionRef, int>
{
    private const int Attempts = 5;

    public override async Task<int> RunAsync(TaskActivityContext context, ConclusionRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        for (var attempt = 1; ; attempt++)
        {
            var (conclusion, etag) = await store.GetAsync(input.CouncilId, input.ConferenceId, CancellationToken.None)
                ?? throw new InvalidOperationException($"Conclusion {input.Conference} does not exist.");
            if (conclusion.Revision > 0)
            {
                return conclusion.Revision;
            }

            var outcome = conclusion.Outcome ?? throw new InvalidOperationException($"Conclusion {input.Conference} has no outcome to draft from.");
            var now = Instant.FromDateTimeOffset(time.GetUtcNow());
            var draft = await drafter.DraftAsync(conclusion.Conference, outcome, VietnamTime.ToLocal(now).Date, CancellationToken.None);
            if (!draft.IsSuccess)
            {
                throw new InvalidOperationException($"Conclusion {input.Conference} cannot be drafted: {string.Join("; ", draft.Errors)}");
            }

            var update = conclusion.Draft(draft.Value.Article, draft.Value.Notice, now);
            try
            {
                await store.SaveAsync(update.Value, etag, CancellationToken.None);
                return 1;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < Attempts)
            {
                // The organizer changed the outcome meanwhile: draft again from what is stored now.
            }
        }
    }
}
