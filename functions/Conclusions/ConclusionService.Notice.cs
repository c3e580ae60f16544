using System.Security.Claims;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Conclusions;

/// <summary>The notice as a document: public once published, the draft for the council's organizers and approvers.</summary>
internal sealed partial class ConclusionService
{
    /// <summary>
    /// The published notice, for anyone (until the article is withdrawn); before publication, the latest draft (number
    /// and date blank) for an organizer or approver of the council. Not found otherwise, so that a stranger learns
    /// nothing of drafts. With <paramref name="publishedOnly"/> (the portal's addresses), never a draft.
    /// </summary>
    public async Task<Outcome<(ConclusionNotice Notice, bool Published)>> NoticeAsync(
        ClaimsPrincipal user, ConferenceId id, bool publishedOnly, CancellationToken cancellationToken)
    {
        if (await conferences.GetHeaderAsync(id, cancellationToken) is not var (conference, _))
        {
            return new Outcome<(ConclusionNotice, bool)>.NotFound();
        }

        var council = conference.Council.Id;
        if (await store.GetPublishedAsync(council, id, cancellationToken) is { IsWithdrawn: false } published)
        {
            return (published.Notice, true);
        }

        if (publishedOnly || !Reader(user, council) || await store.GetAsync(council, id, cancellationToken) is not var (conclusion, _) || conclusion.Revision == 0)
        {
            return new Outcome<(ConclusionNotice, bool)>.NotFound();
        }

        var revision = await store.GetRevisionAsync(council, id, conclusion.Revision, cancellationToken);
        return revision is null ? new Outcome<(ConclusionNotice, bool)>.NotFound() : (revision.Notice, false);
    }
}
