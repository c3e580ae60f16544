namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>
/// At start-up, after the app's tables exist, adds the conferences stored before the council index did (once: the
/// index remembers it was done, so later starts cost one point read).
/// </summary>
internal sealed class CouncilIndexBackfill(ConferenceStore store, ILogger<CouncilIndexBackfill> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await store.BackfillCouncilIndexAsync(cancellationToken) is > 0 and var added)
        {
            logger.CouncilIndexBackfilled(added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
