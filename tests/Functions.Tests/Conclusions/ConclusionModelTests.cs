using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conclusions.Model;
using NodaTime;
using static HdndWorkflow.Functions.Tests.Conclusions.ConclusionBuilders;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>The conclusion's transitions: who may do what when, and what each records.</summary>
public sealed class ConclusionModelTests
{
    private static readonly CouncilId Council = new("tinh-mau");
    private static readonly Instant Later = Held.Plus(Duration.FromDays(1));

    [Fact]
    public void An_invalid_outcome_is_refused_field_by_field()
    {
        var opened = Opened(Council).Conclusion;

        var result = opened.RecordOutcome(NoticeSamples.Outcome with { Assessment = [], Authors = [" "] }, Organizer, Later);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(e => e.Field).Should().Contain(["assessment", "authors[0]"]);
    }

    [Fact]
    public void Nothing_is_submitted_before_the_first_draft_and_a_draft_in_review_is_not_edited()
    {
        var recorded = Opened(Council).Conclusion.Outcome().Conclusion;
        recorded.Submit(Organizer, Later).IsSuccess.Should().BeFalse();

        var inReview = recorded.Drafted().Conclusion.Submitted().Conclusion;
        inReview.Revise(NoticeSamples.Outcome, Article, Notice, RevisionKind.Edited, Organizer, Later).Errors.Should().ContainSingle(e => e.Field == "status");
        inReview.RecordOutcome(NoticeSamples.Outcome, Organizer, Later).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void Each_revision_is_numbered_and_an_edit_of_an_older_revision_is_refused()
    {
        var drafted = Opened(Council).Conclusion.Outcome().Conclusion.Drafted().Conclusion;

        var edited = drafted.Revise(NoticeSamples.Outcome, Article with { Byline = "Minh Anh" }, Notice, RevisionKind.Edited, Organizer, Later, baseRevision: 1).Value;

        edited.Revision!.Should().Match<ConclusionRevision>(r => r.Number == 2 && r.By == Organizer && r.At == Later && r.Article.Byline == "Minh Anh");
        edited.Events.Should().ContainSingle(e => e.Kind == TimelineKind.Revised && e.Revision == 2);
        edited.Conclusion.Revise(NoticeSamples.Outcome, Article, Notice, RevisionKind.Edited, Organizer, Later, baseRevision: 1)
            .Errors.Should().ContainSingle(e => e.Field == "revision");
    }

    [Fact]
    public void Approval_of_a_revision_other_than_the_one_submitted_is_refused()
    {
        var inReview = Opened(Council).Conclusion.Outcome().Conclusion.Drafted().Conclusion.Submitted().Conclusion;

        inReview.Approve(Approver, Later, revision: 2).IsSuccess.Should().BeFalse();
        var approved = inReview.Approve(Approver, Later, revision: 1).Value.Conclusion;
        approved.Should().Match<Conclusion>(c => c.Status == ConclusionStatus.Approved && c.ApprovedRevision == 1 && c.Review == null && c.Decision!.Accepted);
    }

    [Fact]
    public void After_publication_a_correction_and_a_withdrawal_each_need_the_approver()
    {
        var numbered = Opened(Council).Conclusion.Outcome().Conclusion.Drafted().Conclusion.Submitted().Conclusion.Approved().Conclusion
            .Numbered(new NoticeNumber(7, 2026), new LocalDate(2026, 8, 3), "7/TB-HĐND", Later);
        var article = new PublishedArticle(numbered.Conclusion.Conference, Council, "HĐND tỉnh", Article, Notice, 1, 1, "7/TB-HĐND", Later, Later, []);
        var published = numbered.Conclusion.Publish(article, Later).Conclusion;
        published.Should().Match<Conclusion>(c => c.Status == ConclusionStatus.Published && c.PublishedRevision == 1 && c.Symbol == "7/TB-HĐND");

        published.ProposeCorrection(Article, Notice, " ", Organizer, Later, r => $"i:{r}").Errors.Should().ContainSingle(e => e.Field == "note");
        var proposed = published.ProposeCorrection(Article, Notice, "Sửa lỗi chính tả.", Organizer, Later, r => $"i:{r}").Value.Conclusion;
        proposed.Should().Match<Conclusion>(c => c.Revision == 2 && c.Review!.Kind == ReviewKind.Correction && c.Instance == "i:2");
        proposed.RequestWithdrawal("Lý do", Organizer, Later, r => $"i:{r}").IsSuccess.Should().BeFalse("one request at a time");
        proposed.Decide(ReviewKind.Withdrawal, true, Approver, Later, null, article).IsSuccess.Should().BeFalse("the pending request is a correction");
        proposed.Decide(ReviewKind.Correction, false, Approver, Later, null).Errors.Should().ContainSingle(e => e.Field == "comment");

        var corrected = proposed.Decide(ReviewKind.Correction, true, Approver, Later, null).Value.Conclusion;
        corrected.ApprovedRevision.Should().Be(2);
        corrected.RequestWithdrawal("Lý do", Organizer, Later, r => $"i:{r}").IsSuccess.Should().BeFalse("the approved correction is not yet published");

        var republished = corrected.Publish(article with { Revision = 2, Corrections = [new Correction(2, Later, "Sửa lỗi chính tả.")] }, Later);
        republished.Events.Should().ContainSingle(e => e.Kind == TimelineKind.Corrected && e.Detail == "Sửa lỗi chính tả.");
        var requested = republished.Conclusion.RequestWithdrawal("Thông tin chưa chính xác.", Organizer, Later, r => $"i:{r}").Value.Conclusion;
        var withdrawn = requested.Decide(ReviewKind.Withdrawal, true, Approver, Later, null, article).Value;
        withdrawn.Conclusion.Status.Should().Be(ConclusionStatus.Withdrawn);
        withdrawn.Published!.Withdrawal!.Should().Match<Withdrawal>(w => w.Reason == "Thông tin chưa chính xác." && w.RequestedBy == Organizer && w.ConsentedBy == Approver);
    }
}
