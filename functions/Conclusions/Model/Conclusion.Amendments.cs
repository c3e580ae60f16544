using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Model;

/// <summary>After publication: corrections and the withdrawal, each asked by the organizer and decided by an approver.</summary>
public sealed partial record Conclusion
{
    /// <summary>
    /// A correction of the published article: a new revision with the note readers will see, for the approvers to
    /// decide on. <paramref name="instance"/> is the orchestration that will carry it.
    /// </summary>
    public Result<ConclusionUpdate> ProposeCorrection(
        ArticleDraft article, ConclusionNotice notice, string note, Actor by, Instant now, Func<int, string> instance, int? baseRevision = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (CanAmend() is { } refused)
        {
            return Result.Failure<ConclusionUpdate>(refused);
        }

        if (Clean(note) is not { } text)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Note, ConclusionTexts.NoteRequired);
        }

        if (Refused(text, ConclusionTexts.Note, ConclusionTexts.CorrectionNoteLabel) is { } overlong)
        {
            return Result.Failure<ConclusionUpdate>(overlong);
        }

        if (baseRevision is { } seen && seen != Revision)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Revision, ConclusionTexts.StaleRevision);
        }

        var (number, round) = (Revision + 1, Rounds + 1);
        var revision = new ConclusionRevision(number, RevisionKind.Correction, now, by, Outcome!, article, notice, text);
        var proposed = this with
        {
            Revision = number,
            Rounds = round,
            Review = new ReviewRequest(round, ReviewKind.Correction, number, now, by, text),
            Instance = instance(round),
        };
        return Result.Success(proposed.Record((TimelineKind.CorrectionProposed, now, by, number, text)) with { Revision = revision });
    }

    /// <summary>The organizer asks to take the article off the portal; an approver must consent.</summary>
    public Result<ConclusionUpdate> RequestWithdrawal(string reason, Actor by, Instant now, Func<int, string> instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (CanAmend() is { } refused)
        {
            return Result.Failure<ConclusionUpdate>(refused);
        }

        if (Clean(reason) is not { } text)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Reason, ConclusionTexts.ReasonRequired);
        }

        if (Refused(text, ConclusionTexts.Reason, ConclusionTexts.ReasonLabel) is { } overlong)
        {
            return Result.Failure<ConclusionUpdate>(overlong);
        }

        var round = Rounds + 1;
        var requested = this with
        {
            Rounds = round,
            Review = new ReviewRequest(round, ReviewKind.Withdrawal, Revision, now, by, text),
            Instance = instance(round),
        };
        return Result.Success(requested.Record((TimelineKind.WithdrawalRequested, now, by, null, text)));
    }

    /// <summary>
    /// An approver's decision on the pending correction or withdrawal. An accepted correction is approved for
    /// publication (the workflow publishes it); an accepted withdrawal takes <paramref name="published"/> off the
    /// portal at once. A refusal needs a comment.
    /// </summary>
    public Result<ConclusionUpdate> Decide(ReviewKind kind, bool accept, Actor by, Instant now, string? comment, PublishedArticle? published = null)
    {
        if (Status != ConclusionStatus.Published || Review is not { } review)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.NothingToDecide);
        }

        if (review.Kind != kind)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Status, ConclusionTexts.WrongRequest);
        }

        if (!accept && Clean(comment) is null)
        {
            return Result.Failure<ConclusionUpdate>(ConclusionTexts.Comment, ConclusionTexts.CommentRequired);
        }

        if (Refused(comment, ConclusionTexts.Comment, ConclusionTexts.CommentLabel) is { } refused)
        {
            return Result.Failure<ConclusionUpdate>(refused);
        }

        var decided = this with { Review = null, Decision = new ReviewDecision(review.Round, kind, accept, now, by, Clean(comment)) };
        ConclusionUpdate update;
        if (!accept)
        {
            var refusal = kind == ReviewKind.Correction ? TimelineKind.CorrectionRefused : TimelineKind.WithdrawalRefused;
            update = decided.Record((refusal, now, by, review.Revision, Clean(comment)));
        }
        else if (kind == ReviewKind.Correction)
        {
            update = (decided with { ApprovedRevision = review.Revision }).Record((TimelineKind.Approved, now, by, review.Revision, Clean(comment)));
        }
        else
        {
            ArgumentNullException.ThrowIfNull(published);
            var withdrawal = new Withdrawal(now, review.By, by, review.Note ?? string.Empty);
            update = (decided with { Status = ConclusionStatus.Withdrawn, Withdrawal = withdrawal, UpdatedAt = now })
                .Record((TimelineKind.Withdrawn, now, by, null, review.Note)) with
            {
                Published = published with { Withdrawal = withdrawal, UpdatedAt = now },
            };
        }

        return Result.Success(WithComment(update, review, accept, now, by, comment));
    }

    private List<ValidationError>? CanAmend()
    {
        if (Status != ConclusionStatus.Published)
        {
            return [new(ConclusionTexts.Status, ConclusionTexts.NotPublished)];
        }

        // A correction approved but not yet on the portal is still pending too.
        return Review is null && ApprovedRevision == PublishedRevision ? null : [new(ConclusionTexts.Status, ConclusionTexts.AmendmentPending)];
    }
}
