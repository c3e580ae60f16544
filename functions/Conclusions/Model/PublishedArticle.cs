using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>
/// What the portal shows of a conclusion: the article and the numbered notice of the published revision, when they
/// were published and last corrected, the correction notes (shown with the article) and, once withdrawn, why.
/// </summary>
/// <param name="NoticeRevision">The revision the notice last changed in: the notice goes out again only when it changes.</param>
public sealed record PublishedArticle(
    ConferenceId Conference,
    CouncilId Council,
    string CouncilName,
    ArticleDraft Article,
    ConclusionNotice Notice,
    int Revision,
    int NoticeRevision,
    string NumberSymbol,
    Instant PublishedAt,
    Instant UpdatedAt,
    IReadOnlyList<Correction> Corrections,
    Withdrawal? Withdrawal = null)
{
    public bool IsWithdrawn => Withdrawal is not null;
}

/// <summary>A correction of the published article: its revision, when it was published and the note readers see.</summary>
public sealed record Correction(int Revision, Instant At, string Note);
