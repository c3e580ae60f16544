using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conclusions.Model;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>Conclusions at each stage, built through the model's own transitions (as the service would).</summary>
internal static class ConclusionBuilders
{
    public static readonly Actor Organizer = new("to-chuc@example.vn", "Nguyễn Thị Tổ Chức");
    public static readonly Actor Approver = new("phe-duyet@example.vn", "Trần Văn Phê Duyệt");
    public static readonly Instant Held = Instant.FromUtc(2026, 8, 2, 5, 0);

    public static ArticleDraft Article { get; } =
        ArticleDraft.Compose(NoticeSamples.Conference(), new AttendanceRoll([]), NoticeSamples.Outcome, new LocalDate(2026, 8, 2)).Value;

    public static ConclusionNotice Notice { get; } = NoticeSamples.Notice();

    /// <summary>A conclusion just opened for a conference of <paramref name="council"/>: no outcome yet.</summary>
    public static ConclusionUpdate Opened(CouncilId council, ConferenceId? conference = null) =>
        Conclusion.Open(conference ?? new ConferenceId(Guid.NewGuid()), council, "Hội nghị giao ban lần thứ tư", Held, "instance", [(TimelineKind.Held, Held, null)]);

    public static ConclusionUpdate Outcome(this Conclusion c) => c.RecordOutcome(NoticeSamples.Outcome, Organizer, Held.Plus(Duration.FromHours(1))).Value;

    public static ConclusionUpdate Drafted(this Conclusion c) => c.Draft(Article, Notice, Held.Plus(Duration.FromHours(2))).Value;

    public static ConclusionUpdate Submitted(this Conclusion c) => c.Submit(Organizer, Held.Plus(Duration.FromHours(3))).Value;

    public static ConclusionUpdate Approved(this Conclusion c) => c.Approve(Approver, Held.Plus(Duration.FromHours(4)), "Đồng ý.").Value;
}
