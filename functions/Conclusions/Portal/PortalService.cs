using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Conclusions.Portal;

/// <summary>What the public portal shows: the published articles, one article, and the Atom feed. No account needed.</summary>
internal sealed class PortalService(ConclusionStore store, ConferenceStore conferences, PublicLinks links, TimeProvider time)
{
    /// <summary>Entries in the feed.</summary>
    public const int FeedSize = 50;

    /// <summary>The articles on the portal (withdrawn ones left out), newest first; of one council if given.</summary>
    public async Task<IReadOnlyList<PublishedArticle>> ListAsync(string? council, int top, CancellationToken cancellationToken) =>
        [.. (await store.ListPublishedAsync(Council(council), cancellationToken)).Where(a => !a.IsWithdrawn).Take(Math.Clamp(top, 1, 200))];

    /// <summary>One article as published, withdrawn ones included (the caller says it is gone); null when there is none.</summary>
    public async Task<PublishedArticle?> ArticleAsync(ConferenceId id, CancellationToken cancellationToken) =>
        await conferences.GetHeaderAsync(id, cancellationToken) is var (conference, _)
            ? await store.GetPublishedAsync(conference.Council.Id, id, cancellationToken)
            : null;

    /// <summary>The Atom feed: the latest changes (publications, corrections, withdrawals), of one council if given.</summary>
    public async Task<byte[]> FeedAsync(string? council, CancellationToken cancellationToken)
    {
        var articles = (await store.ListPublishedAsync(Council(council), cancellationToken)).OrderByDescending(a => a.UpdatedAt).Take(FeedSize).ToList();
        var self = council is null ? ConclusionPaths.Feed : $"{ConclusionPaths.Feed}?council={Uri.EscapeDataString(council)}";
        return AtomFeed.Render(articles, links, self, time.GetUtcNow());
    }

    private static CouncilId? Council(string? council) => string.IsNullOrWhiteSpace(council) ? null : new CouncilId(council.Trim());
}
