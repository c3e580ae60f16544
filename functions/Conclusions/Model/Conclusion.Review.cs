using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>The approvers' part on a draft, and what follows approval: the number and the publication.</summary>
public sealed partial record Conclusion
{
    /// <summary>
    /// In review → approved: the submitted revision will be published. When <paramref name="revision"/> is given it
    /// must be the one under review (the approver approves what he or she read).
    /// </summary>
    public Result<ConclusionUpdate> Approve(Actor by, Instant now, string? comment = null, int? revision = null)
    {
        if (Status != ConclusionStatus.InReview || Review is not { Kind: ReviewKind.Draft } review)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.NotInReview);
        }

        if (revision is { } seen && seen != review.Revision)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Revision, ConclusionTexts.StaleRevision);
        }

        if (Refused(comment, ConclusionTexts.Comment, ConclusionTexts.CommentLabel) is { } refused)
        {
            return Result.Failure<ConclusionUpdate>(refused);
        }

        var approved = this with
        {
            Status = ConclusionStatus.Approved,
            ApprovedRevision = review.Revision,
            Review = null,
            Decision = new ReviewDecision(review.Round, review.Kind, true, now, by, Clean(comment)),
        };
        return Result.Success(WithComment(approved.Record((TimelineKind.Approved, now, by, review.Revision, Clean(comment))), review, true, now, by, comment));
    }

    /// <summary>In review → changes requested, with the approver's comments for the organizer.</summary>
    public Result<ConclusionUpdate> RequestChanges(Actor by, Instant now, string comment, int? revision = null)
    {
        if (Status != ConclusionStatus.InReview || Review is not { Kind: ReviewKind.Draft } review)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.NotInReview);
        }

        if (Clean(comment) is null)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Comment, ConclusionTexts.CommentRequired);
        }

        if (Refused(comment, ConclusionTexts.Comment, ConclusionTexts.CommentLabel) is { } refused)
        {
            return Result.Failure<ConclusionUpdate>(refused);
        }

        if (revision is { } seen && seen != review.Revision)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Revision, ConclusionTexts.StaleRevision);
        }

        var returned = this with
        {
            Status = ConclusionStatus.ChangesRequested,
            Review = null,
            Decision = new ReviewDecision(review.Round, review.Kind, false, now, by, Clean(comment)),
        };
        return Result.Success(WithComment(returned.Record((TimelineKind.ChangesRequested, now, by, review.Revision, Clean(comment))), review, false, now, by, comment));
    }

    /// <summary>The notice's number, allocated by storage on approval (once: a numbered conclusion keeps its number).</summary>
    public ConclusionUpdate Numbered(NoticeNumber number, LocalDate issuedOn, string symbol, Instant now)
    {
        if (Status != ConclusionStatus.Approved || Number is not null)
        {
            throw new InvalidOperationException($"Conclusion {Conference} is {Status} and numbered {Number}; only an approved, unnumbered one takes a number.");
        }

        return (this with { Number = number, Symbol = symbol, IssuedOn = issuedOn }).Record((TimelineKind.Numbered, now, Actor.Workflow, ApprovedRevision, symbol));
    }

    /// <summary>
    /// The approved revision is on the portal: first publication (approved → published) or a correction. The caller
    /// builds <paramref name="published"/> from that revision.
    /// </summary>
    public ConclusionUpdate Publish(PublishedArticle published, Instant now)
    {
        ArgumentNullException.ThrowIfNull(published);
        var correction = WasPublished;
        if (Number is null || ApprovedRevision <= PublishedRevision || (Status != ConclusionStatus.Approved && !(correction && Status == ConclusionStatus.Published)))
        {
            throw new InvalidOperationException($"Conclusion {Conference} ({Status}, approved r{ApprovedRevision}, published r{PublishedRevision}) has nothing to publish.");
        }

        var done = this with
        {
            Status = ConclusionStatus.Published,
            PublishedRevision = ApprovedRevision,
            PublishedAt = PublishedAt ?? now,
            UpdatedAt = now,
        };
        var note = correction ? published.Corrections.LastOrDefault()?.Note : published.NumberSymbol;
        return done.Record((correction ? TimelineKind.Corrected : TimelineKind.Published, now, Actor.Workflow, ApprovedRevision, note)) with { Published = published };
    }

    private ConclusionUpdate WithComment(ConclusionUpdate update, ReviewRequest review, bool accepted, Instant now, Actor by, string? comment)
    {
        if (Clean(comment) is not { } text)
        {
            return update;
        }

        var sequence = Comments + 1;
        return update with
        {
            Conclusion = update.Conclusion with { Comments = sequence },
            Comment = new ReviewComment(sequence, review.Round, review.Kind, review.Revision, accepted, now, by, text),
        };
    }
}
