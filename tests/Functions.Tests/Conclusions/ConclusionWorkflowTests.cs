using System.Net;
using System.Net.Http.Json;
using System.Text;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Tests.Replay;
using static HdndWorkflow.Functions.Tests.Conclusions.ConclusionAppFixture;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>
/// The conclusion's orchestration against Azurite, driven through the API and a clock moved forward: the conference's
/// workflow hands over once the conference is held, then outcome reminders, drafting, review (approve, request
/// changes, stall and escalation), numbering and publication.
/// </summary>
[Collection(ConclusionAppCollection.Name)]
[Trait(WorkflowSuite.Trait, WorkflowSuite.Name)]
public sealed class ConclusionWorkflowTests(ConclusionAppFixture app)
{
    [Fact]
    public async Task A_calendar_s_maybe_is_counted_apart_in_the_timeline_and_left_out_of_the_drafted_attendance()
    {
        var s = new ConclusionScenario(app);
        await s.HeldAsync("maybe", maybe: true);

        var timeline = (await app.Organizer.GetFromJsonAsync<List<TimelineEntry>>($"{s.Api}/timeline", ConclusionScenario.Json))!;
        timeline.Single(e => e.Kind == "answered").Detail.Should().Be(
            "1 tham dự, 1 cử người dự thay, 1 có thể tham dự, 1 không tham dự, 0 chưa trả lời", "a \"maybe\" is neither attending nor silent");
        var drafted = await s.DraftedAsync();
        drafted.Draft!.Article.Attendance.Should().Be(
            "Dự hội nghị có các đồng chí: Phạm Văn Tham Dự – Chủ tịch HĐND xã Triệu Phong; Trần Thị Dự Thay – Phó Chủ tịch HĐND đặc khu.",
            "the unit that answered \"maybe\" is not listed as present");
    }

    [Fact]
    public async Task Outcome_reminder_goes_to_the_organizer_then_the_workflow_drafts_from_the_roll_and_the_outcome()
    {
        var s = new ConclusionScenario(app);
        var opened = await s.HeldAsync("remind");
        opened.Should().Match<ConclusionResponse>(c => c.Status == "Drafting" && c.Revision == 0 && c.Outcome == null && c.Draft == null);
        await s.WaitingForAsync($"{s.Conference}:conclusion", "outcome");

        app.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        var reminder = await s.MailAsync(OrganizerEmail, "outcome-reminder-1");
        reminder.Subject.Should().StartWith("Nhắc ghi nhận kết quả hội nghị");
        reminder.Text.Should().Contain($"/hoi-nghi/{s.Conference}/ket-luan");

        var drafted = await s.DraftedAsync();
        var article = drafted.Draft!.Article;
        article.Title.Should().Be("Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã lần thứ năm, nhiệm kỳ 2026 – 2031");
        article.Attendance.Should().Be(
            "Dự hội nghị có các đồng chí: Phạm Văn Tham Dự – Chủ tịch HĐND xã Triệu Phong; Trần Thị Dự Thay – Phó Chủ tịch HĐND đặc khu.");
        article.Paragraphs.Should().Contain(p => p.StartsWith("Kết luận hội nghị, đồng chí Nguyễn Chiến Thắng – Ủy viên BTV Tỉnh ủy", StringComparison.Ordinal));
        article.Byline.Should().Be("Minh Anh – Thu Hà");
        drafted.Draft.Notice.Number.Should().MatchRegex(@"^Số:\s+/TB-HĐND$", "the number is given on approval");
        drafted.Draft.Notice.PlaceAndDate.Should().MatchRegex(@"^Quảng Trị, ngày\s+tháng\s+năm \d{4}$");
        drafted.Draft.Notice.SignatureAuthority.Should().Equal("TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        drafted.Draft.Notice.Recipients[^1].Should().Be("- Lưu: VT, TH.");

        // Once the outcome is recorded, no more reminders.
        app.Clock.Advance(TimeSpan.FromDays(5));
        await s.WaitingForAsync($"{s.Conference}:conclusion", "submission");
        (await s.MailsAsync(OrganizerEmail)).Should().ContainSingle(m => m.CustomArgs["purpose"].StartsWith("outcome-reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approval_numbers_the_notice_publishes_the_article_and_mails_the_notice_with_its_pdf()
    {
        var s = new ConclusionScenario(app);
        await s.HeldAsync("approve");
        await s.DraftedAsync();

        (await s.Send(app.Organizer.PostAsJsonAsync($"{s.Api}/submit", new SubmitInput("Kính trình đồng chí xem xét.")))).Status.Should().Be("InReview");
        var request = await s.MailAsync(ApproverEmail, "review-request", 1);
        request.Subject.Should().StartWith("Đề nghị duyệt dự thảo kết luận");
        request.Text.Should().Contain($"/hoi-nghi/{s.Conference}/ket-luan").And.Contain("Kính trình đồng chí xem xét.");

        using (var approval = await app.Approver.PostAsJsonAsync($"{s.Api}/approve", new ReviewInput("Đồng ý ban hành.", Revision: 1)))
        {
            approval.StatusCode.Should().Be(HttpStatusCode.Accepted, "the number and the publication follow in the orchestration");
            approval.Headers.Location!.OriginalString.Should().Be(s.Api, "the conclusion's own address is where to follow them");
            (await approval.Content.ReadFromJsonAsync<ConclusionResponse>(ConclusionScenario.Json))!.Status.Should().BeOneOf("Approved", "Published");
        }

        var published = await s.UntilAsync(c => c.Status == "Published", "Publication");
        published.Number.Should().MatchRegex(@"^\d{2,}/TB-HĐND$", "a number below 10 has its leading zero");
        published.PublishedRevision.Should().Be(1);
        published.Comments.Should().ContainSingle(k => k.Accepted && k.Text == "Đồng ý ban hành.");

        var notice = await s.MailAsync(RecipientEmail, "notice", 1);
        notice.Subject.Should().Contain($"Thông báo số {published.Number}");
        var pdf = notice.Attachments.Single(a => a.ContentType == "application/pdf");
        Encoding.ASCII.GetString(pdf.Content, 0, 5).Should().Be("%PDF-");
        Encoding.UTF8.GetString(notice.Attachments.Single(a => a.FileName.EndsWith(".html", StringComparison.Ordinal)).Content)
            .Should().Contain($"Số: {published.Number}");

        (await s.OutputAsync($"{s.Conference}:conclusion")).Should().Be("Published");
        (await s.OutputAsync(s.Conference.ToString())).Should().Be("Published", "the conference's workflow ends with its conclusion's");
    }

    [Fact]
    public async Task Changes_requested_go_back_to_the_organizer_with_the_comments_and_the_next_submission_is_approved()
    {
        var s = new ConclusionScenario(app);
        await s.HeldAsync("changes");
        await s.DraftedAsync();
        await s.Send(app.Organizer.PostAsync($"{s.Api}/submit", null));
        await s.MailAsync(ApproverEmail, "review-request", 1);

        // The organizer cannot decide, and changes need a comment.
        (await app.Organizer.PostAsJsonAsync($"{s.Api}/approve", new ReviewInput())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.Approver.PostAsJsonAsync($"{s.Api}/request-changes", new ReviewInput(" "))).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        const string comment = "Đề nghị bổ sung số liệu về các cuộc giám sát chuyên đề.";
        (await s.Send(app.Approver.PostAsJsonAsync($"{s.Api}/request-changes", new ReviewInput(comment, 1)))).Status.Should().Be("ChangesRequested");
        var refusal = await s.MailAsync(OrganizerEmail, "review-refusal", 1);
        refusal.Subject.Should().StartWith("Dự thảo kết luận cần chỉnh sửa");
        refusal.Text.Should().Contain(comment);
        (await app.Approver.PostAsJsonAsync($"{s.Api}/approve", new ReviewInput())).StatusCode.Should().Be(HttpStatusCode.BadRequest, "nothing is in review");

        const string lead = "Sáng ngày hôm qua, tại Hội trường HĐND tỉnh, Thường trực HĐND tỉnh tổ chức hội nghị trao đổi kinh nghiệm.";
        var edited = await s.Send(app.Organizer.PutAsJsonAsync($"{s.Api}/draft", new DraftInput { BaseRevision = 1, Article = new ArticleInput(Lead: lead) }));
        edited.Revision.Should().Be(2);
        edited.Draft!.Article.Lead.Should().Be(lead);
        var stale = await app.Organizer.PutAsJsonAsync($"{s.Api}/draft", new DraftInput { BaseRevision = 1, Article = new ArticleInput(Byline: "Ai đó") });
        stale.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("phiên bản mới hơn");

        await s.Send(app.Organizer.PostAsync($"{s.Api}/submit", null));
        (await s.MailAsync(ApproverEmail, "review-request", 2)).Text.Should().Contain("phiên bản 2");
        await s.Send(app.Approver.PostAsJsonAsync($"{s.Api}/approve", new ReviewInput(Revision: 2)), HttpStatusCode.Accepted);

        var published = await s.UntilAsync(c => c.Status == "Published", "Publication");
        published.PublishedRevision.Should().Be(2);
        var portal = await app.Anonymous.GetFromJsonAsync<PortalArticle>($"/api/portal/articles/{s.Conference}", ConclusionScenario.Json);
        portal!.Lead.Should().StartWith(lead);
        portal.Paragraphs.Should().NotBeEmpty().And.NotContain(portal.Lead, "the paragraphs follow the lead");
        published.Comments.Should().ContainSingle().Which.Should().Match<CommentResponse>(k => k.Round == 1 && !k.Accepted && k.Text == comment);
        published.Decision.Should().Match<DecisionResponse>(d => d.Round == 2 && d.Accepted && d.By == "Trần Văn Phê Duyệt");

        // Its stored history replays through the framework's executor; HDND_RECORD_HISTORIES=1 keeps it as a fixture.
        (await s.OutputAsync($"{s.Conference}:conclusion")).Should().Be("Published");
        await RecordedHistory.CheckAsync(app.Factory.Services, $"{s.Conference}:conclusion", () => new ConclusionOrchestrator(), RecordedHistory.Conclusion);
    }

    [Fact]
    public async Task A_review_that_stalls_is_reminded_then_escalated_to_the_chair()
    {
        var s = new ConclusionScenario(app);
        await s.HeldAsync("stall");
        await s.DraftedAsync();
        await s.Send(app.Organizer.PostAsync($"{s.Api}/submit", null));
        await s.MailAsync(ApproverEmail, "review-request", 1);
        var instance = $"{s.Conference}:conclusion";
        (await s.WaitingForAsync(instance, "decision")).Should().Be("InReview");

        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        (await s.MailAsync(ApproverEmail, "review-reminder-1", 1)).Subject.Should().StartWith("Nhắc: Đề nghị duyệt dự thảo kết luận");
        (await s.MailsAsync(ChairEmail)).Should().BeEmpty("the review has not stalled yet");

        app.Clock.Advance(TimeSpan.FromDays(2));
        var escalation = await s.MailAsync(ChairEmail, "review-escalation", 1);
        escalation.Subject.Should().StartWith("Việc duyệt đang chậm");
        escalation.Text.Should().Contain("Trần Văn Phê Duyệt").And.Contain($"/hoi-nghi/{s.Conference}/ket-luan");
        await s.MailAsync(ApproverEmail, "review-reminder-2", 1);

        // Escalated once; the approver can still approve, and the workflow publishes.
        await s.Send(app.Approver.PostAsync($"{s.Api}/approve", null), HttpStatusCode.Accepted);
        await s.UntilAsync(c => c.Status == "Published", "Publication after escalation");
        (await s.MailsAsync(ChairEmail)).Should().ContainSingle();
    }
}
