using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conclusions.Drafting;
using HdndWorkflow.Functions.Conclusions.Persistence;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>Gives the approved conclusion's notice the council's next number of the year (once: see <see cref="ConclusionStore.AllocateNumberAsync"/>).</summary>
internal sealed class AllocateNoticeNumber(ConclusionStore store, CouncilContacts contacts, TimeProvider time, ILogger<AllocateNoticeNumber> logger)
    : TaskActivity<ConclusionRef, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, ConclusionRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var issuer = contacts.Issuer(input.CouncilId) ?? throw new InvalidOperationException($"Council {input.Council} has no notice issuer.");
        var conclusion = await store.AllocateNumberAsync(
            input.CouncilId, input.ConferenceId, issuer.Code, () => Instant.FromDateTimeOffset(time.GetUtcNow()), CancellationToken.None);
        var symbol = conclusion.Number!.Value.Symbol(issuer.Code);
        logger.ConclusionNumbered(input.Conference, symbol);
        return symbol;
    }
}
