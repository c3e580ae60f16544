using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using static HdndWorkflow.Functions.Tests.Conclusions.ConclusionAppFixture;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>
/// A conclusion from the recorded outcome to the published article, through HTTP only: the organizer's and approver's
/// API with their keys, the public portal (list, article, Atom feed, notice as HTML and PDF) without any, then a
/// correction and the withdrawal, and the timeline of it all.
/// </summary>
[Collection(ConclusionAppCollection.Name)]
[Trait(WorkflowSuite.Trait, WorkflowSuite.Name)]
public sealed class ConclusionJourneyTests(ConclusionAppFixture app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Tombstones = "http://purl.org/atompub/tombstones/1.0";

    [Fact]
    public async Task From_outcome_to_published_article_feed_and_notice_then_correction_and_withdrawal()
    {
        var s = new ConclusionScenario(app);
        await s.HeldAsync("journey");
        var id = s.Conference;

        // Who may do what, and what the API refuses.
        (await app.Anonymous.GetAsync(s.Api)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await app.Approver.PutAsJsonAsync($"{s.Api}/outcome", ConclusionScenario.Outcome())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var invalid = await app.Organizer.PutAsJsonAsync($"{s.Api}/outcome", ConclusionScenario.Outcome() with
        {
            Assessment = [],
            Figures = [new FigureStatementInput("HĐND các cấp", [new FigureInput("tổ chức", 5, "kỳ họp") { Breakdown = [new FigureInput("cấp tỉnh", 6, "kỳ")] }])],
            FieldVisit = new FieldVisitInput(" ", "Chiều cùng ngày"),
        });
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        invalid.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await invalid.Content.ReadAsStringAsync()).Should().Contain("\"assessment\"").And.Contain("\"fieldVisit.place\"")
            .And.Contain("\"figures[0].figures[0].breakdown[0].number\"", "every problem is reported at once");

        // Drafted; the draft notice is the council's to see, not the public's.
        await s.DraftedAsync();
        (await app.Anonymous.GetAsync($"{s.Api}/notice.html")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var draftNotice = await app.Organizer.GetAsync($"{s.Api}/notice.html");
        draftNotice.StatusCode.Should().Be(HttpStatusCode.OK);
        draftNotice.Headers.CacheControl!.NoStore.Should().BeTrue();
        (await draftNotice.Content.ReadAsStringAsync()).Should().Contain("THÔNG BÁO");

        await s.Send(app.Organizer.PostAsync($"{s.Api}/submit", null));
        await s.Send(app.Approver.PostAsync($"{s.Api}/approve", null), HttpStatusCode.Accepted);
        var published = await s.UntilAsync(c => c.Status == "Published", "Publication");
        var number = published.Number!;
        var today = s.Today();

        // The portal: the list, the article, the feed.
        var list = await app.Anonymous.GetFromJsonAsync<List<PortalArticleSummary>>("/api/portal/articles?council=tinh-mau", ConclusionScenario.Json);
        list.Should().Contain(a => a.Id == id);
        var article = (await app.Anonymous.GetFromJsonAsync<PortalArticle>($"/api/portal/articles/{id}", ConclusionScenario.Json))!;
        article.Title.Should().StartWith("Hội nghị trao đổi kinh nghiệm hoạt động");
        article.Slug.Should().StartWith("hoi-nghi-trao-doi-kinh-nghiem-hoat-dong");
        article.DateLine.Should().Be($"Đăng ngày {VietnameseFormat.Date(today)}");
        article.Notice.Number.Should().Be($"Số: {number}");
        article.Byline.Should().Be("Minh Anh – Thu Hà");
        article.Paragraphs.Should().Contain(
        [
            "Hội nghị đã tập trung đánh giá kết quả hoạt động của HĐND các cấp 6 tháng đầu năm. 6 tháng đầu năm HĐND các cấp " +
            "tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ (02 kỳ thường lệ, 03 kỳ chuyên đề), cấp xã 53 kỳ; ban hành 41 Nghị quyết.",
            "Thảo luận tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: việc giải quyết kiến nghị cử tri còn chậm. " +
            "Các đại biểu cũng đề xuất một số giải pháp: tổ chức tập huấn kỹ năng giám sát cho đại biểu HĐND cấp xã.",
            "Chiều cùng ngày, các đại biểu đã đi tham quan mô hình tiếp xúc cử tri tại xã Triệu Phong.",
        ]);
        number.Should().MatchRegex(@"^\d{2,}/TB-HĐND$", "a number below 10 has its leading zero");
        article.Corrections.Should().BeEmpty();
        article.Links.Page.Should().Be($"/tin-tuc/{id}");

        var feed = await FeedAsync();
        var entry = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{id}");
        entry.Element(Atom + "title")!.Value.Should().Be(article.Title);
        entry.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "alternate" && l.Attribute("href")!.Value.EndsWith($"/tin-tuc/{id}", StringComparison.Ordinal));
        var firstUpdated = DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);

        // The notice, public now: printable HTML and a PDF whose text reads back as Vietnamese.
        var html = await app.Anonymous.GetAsync($"/api/portal/articles/{id}/notice.html");
        html.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await html.Content.ReadAsStringAsync()).Should().Contain($"Số: {number}").And.Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        var pdf = await app.Anonymous.GetAsync($"{s.Api}/notice.pdf");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
        var text = await PdfText.ReadAsync(bytes);
        text.Flat.Should().Contain($"Số: {number}").And.Contain($"Quảng Trị, {VietnameseFormat.DateInWords(today)}")
            .And.Contain("Kết luận của Thường trực HĐND tỉnh tại Hội nghị trao đổi kinh nghiệm hoạt động");

        // A correction of the article: a new revision, published with its note once approved; the feed entry is updated.
        // The feed's times are whole seconds, so the correction comes a minute after the publication.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        const string note = "Sửa tên tác giả bài viết.";
        var proposed = await s.Send(app.Organizer.PostAsJsonAsync($"{s.Api}/corrections", new CorrectionInput { Note = note, Article = new ArticleInput(Byline: "Minh Anh") }));
        proposed.Review!.Kind.Should().Be("Correction");
        await s.MailAsync(ApproverEmail, "review-request", 2);
        await s.Send(app.Approver.PostAsync($"{s.Api}/corrections/approve", null));
        await s.UntilAsync(c => c.PublishedRevision == 2, "The correction published");
        (await s.OutputAsync($"{id}:conclusion:2")).Should().Be("Published");

        article = (await app.Anonymous.GetFromJsonAsync<PortalArticle>($"/api/portal/articles/{id}", ConclusionScenario.Json))!;
        article.Byline.Should().Be("Minh Anh");
        article.DateLine.Should().Be($"Đăng ngày {VietnameseFormat.Date(today)}", "a correction keeps the date of publication");
        article.Corrections.Should().ContainSingle().Which.Text.Should().Be($"Đính chính ngày {VietnameseFormat.Date(s.Today())}: {note}");
        entry = (await FeedAsync()).Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{id}");
        DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeAfter(firstUpdated);
        entry.Element(Atom + "content")!.Value.Should().Contain(note);
        (await s.MailsAsync(RecipientEmail)).Should().ContainSingle("the notice did not change, so it is not sent again");

        // The withdrawal: asked by the organizer, consented to by the approver; the article is gone, the feed says so.
        (await s.Send(app.Organizer.PostAsJsonAsync($"{s.Api}/withdrawal", new WithdrawalInput("Thông tin hội nghị cần được rà soát lại.")))).Review!.Kind.Should().Be("Withdrawal");
        (await app.Organizer.PostAsync($"{s.Api}/withdrawal/consent", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await s.Send(app.Approver.PostAsync($"{s.Api}/withdrawal/consent", null))).Status.Should().Be("Withdrawn");
        (await s.OutputAsync($"{id}:conclusion:3")).Should().Be("Withdrawn");

        var gone = await app.Anonymous.GetAsync($"/api/portal/articles/{id}");
        gone.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await gone.Content.ReadAsStringAsync()).Should().Contain("Thông tin hội nghị cần được rà soát lại.");
        (await app.Anonymous.GetFromJsonAsync<List<PortalArticleSummary>>("/api/portal/articles", ConclusionScenario.Json)).Should().NotContain(a => a.Id == id);
        (await app.Anonymous.GetAsync($"{s.Api}/notice.pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        feed = await FeedAsync();
        feed.Root!.Elements(Atom + "entry").Should().NotContain(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{id}");
        feed.Root.Elements(Tombstones + "deleted-entry").Should().ContainSingle(e => e.Attribute("ref")!.Value == $"urn:uuid:{id}");

        // The timeline tells it all, in order.
        var timeline = (await app.Organizer.GetFromJsonAsync<List<TimelineEntry>>($"{s.Api}/timeline", ConclusionScenario.Json))!;
        timeline.Select(e => e.Kind).Should().Equal(
            "invited", "answered", "held", "outcomeRecorded", "drafted", "submitted", "approved", "numbered", "published",
            "correctionProposed", "approved", "corrected", "withdrawalRequested", "withdrawn");
        timeline.Single(e => e.Kind == "answered").Detail.Should().Be("1 tham dự, 1 cử người dự thay, 1 không tham dự, 1 chưa trả lời");
        timeline.Single(e => e.Kind == "numbered").Detail.Should().Be(number);
        timeline.Single(e => e.Kind == "corrected").Detail.Should().Be(note);
        var revisions = (await app.Organizer.GetFromJsonAsync<List<RevisionEntry>>($"{s.Api}/revisions", ConclusionScenario.Json))!;
        revisions.Select(r => (r.Number, r.Kind)).Should().Equal((1, "Drafted"), (2, "Correction"));
    }

    private async Task<XDocument> FeedAsync()
    {
        using var response = await app.Anonymous.GetAsync("/api/portal/feed.atom");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
