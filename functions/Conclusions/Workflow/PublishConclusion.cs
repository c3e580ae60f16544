using System.Text.Json;
using Azure;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Vietnamese;
using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conclusions.Drafting;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Identity;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>
/// Publishes the approved revision: stores the article and the numbered notice for the portal (a first publication,
/// or a correction with its note), then e-mails the notice to its recipients. Idempotent: a revision already
/// published is not stored again, and the notice goes to each recipient at most once per version of the notice
/// (an article-only correction sends nothing).
/// </summary>
internal sealed class PublishConclusion(
    ConclusionStore store, CouncilContacts contacts, UserDirectory directory, ConclusionMailer mailer, TimeProvider time, ILogger<PublishConclusion> logger)
    : TaskActivity<ConclusionRef, int>
{
    private const int Attempts = 5;

    public override async Task<int> RunAsync(TaskActivityContext context, ConclusionRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ct = CancellationToken.None;
        for (var attempt = 1; ; attempt++)
        {
            var (conclusion, etag) = await store.GetAsync(input.CouncilId, input.ConferenceId, ct)
                ?? throw new InvalidOperationException($"Conclusion {input.Conference} does not exist.");
            var previous = await store.GetPublishedAsync(input.CouncilId, input.ConferenceId, ct);
            if (conclusion.ApprovedRevision <= conclusion.PublishedRevision && previous is not null)
            {
                return await MailAsync(conclusion, previous, ct);
            }

            var published = await PrepareAsync(conclusion, previous, ct);
            try
            {
                await store.SaveAsync(conclusion.Publish(published, Instant.FromDateTimeOffset(time.GetUtcNow())), etag, ct);
                return await MailAsync(conclusion, published, ct);
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < Attempts)
            {
                // Someone changed the conclusion meanwhile (a new correction asked for): decide again on what is stored.
            }
        }
    }

    private async Task<PublishedArticle> PrepareAsync(Conclusion conclusion, PublishedArticle? previous, CancellationToken ct)
    {
        var revision = await store.GetRevisionAsync(conclusion.Council, conclusion.Conference, conclusion.ApprovedRevision, ct)
            ?? throw new InvalidOperationException($"Conclusion {conclusion.Conference} has no revision {conclusion.ApprovedRevision}.");
        var issuer = contacts.Issuer(conclusion.Council) ?? throw new InvalidOperationException($"Council {conclusion.Council} has no notice issuer.");
        var (number, issuedOn) = (conclusion.Number ?? throw new InvalidOperationException("Only a numbered notice is published."), conclusion.IssuedOn!.Value);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var publishedOn = VietnamTime.ToLocal(previous?.PublishedAt ?? now).Date;
        var (article, notice) = ConclusionDrafter.Finish(revision.Article, revision.Notice, number, issuedOn, issuer, publishedOn);
        var noticeRevision = previous is not null && Same(previous.Notice, notice) ? previous.NoticeRevision : revision.Number;
        IReadOnlyList<Correction> corrections = revision.Kind == RevisionKind.Correction
            ? [.. previous?.Corrections ?? [], new Correction(revision.Number, now, revision.Note ?? string.Empty)]
            : previous?.Corrections ?? [];
        return new PublishedArticle(
            conclusion.Conference,
            conclusion.Council,
            directory.FindCouncil(conclusion.Council)?.Name ?? conclusion.Council.Value,
            article,
            notice,
            revision.Number,
            noticeRevision,
            number.Symbol(issuer.Code),
            previous?.PublishedAt ?? now,
            now,
            corrections);
    }

    private async Task<int> MailAsync(Conclusion conclusion, PublishedArticle published, CancellationToken ct)
    {
        var (sent, recipients) = await mailer.SendNoticeAsync(conclusion, published, ct);
        logger.ConclusionPublished(conclusion.Conference.Value, published.Revision, sent, recipients);
        return published.Revision;
    }

    private static bool Same(ConclusionNotice a, ConclusionNotice b) =>
        JsonSerializer.Serialize(NoticeDocument.From(a)) == JsonSerializer.Serialize(NoticeDocument.From(b));
}
