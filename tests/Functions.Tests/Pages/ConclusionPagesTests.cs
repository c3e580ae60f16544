using System.Net;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Tests.Conferences;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// The conclusion through its pages, over real HTTP: the organizer records the outcome on the form (a refused form
/// keeps what was typed), sees the draft and submits it; the approver opens the page the review e-mail links to,
/// is refused a request for changes without a comment, and approves; the article then reads on the public portal.
/// </summary>
[Collection(ConclusionPagesCollection.Name)]
public sealed class ConclusionPagesTests(PagesAppFixture app)
{
    [Fact]
    public async Task Organizer_records_the_outcome_and_submits_then_the_approver_approves_and_the_article_is_on_the_portal()
    {
        var id = await HeldConferences.HeldAsync(app, "ket-luan");
        var page = $"/hoi-nghi/{id}/ket-luan";
        var outcomePage = $"{page}/ket-qua";
        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);

        (await organizer.GetAsync($"/hoi-nghi/{id}")).Html.Should().Contain($"href=\"{page}\"", "the conference page links to its conclusion");
        var start = await organizer.GetAsync(page);
        start.Status.Should().Be(HttpStatusCode.OK, start.Text);
        start.Text.Should().Contain("Ghi nhận kết quả hội nghị").And.Contain("Hội nghị diễn ra").And.Contain("Gửi giấy mời");

        var form = await organizer.GetAsync(outcomePage);
        form.Status.Should().Be(HttpStatusCode.OK, form.Text);
        form.Text.Should().Contain("Nguyễn Đăng Quang – Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh").And.Contain("Lê Thị Thu Hà");
        (string, string)[] fields =
        [
            ("Form.Assessment", "Hội nghị đã tập trung đánh giá kết quả hoạt động của HĐND các cấp 6 tháng đầu năm.\n\nCác đại biểu đã trao đổi kinh nghiệm trong giám sát."),
            ("Form.Figures[0].Period", "6 tháng đầu năm"), ("Form.Figures[0].Subject", "HĐND các cấp"), ("Form.Figures[0].Verb", "tổ chức"), ("Form.Figures[0].Number", "58"), ("Form.Figures[0].Label", "kỳ họp"),
            ("Form.Figures[1].Verb", "cấp tỉnh"), ("Form.Figures[1].Number", "5"), ("Form.Figures[1].Label", "kỳ"), ("Form.Figures[1].Of", "1"),
            ("Form.Figures[2].Verb", "cấp xã"), ("Form.Figures[2].Number", "53"), ("Form.Figures[2].Label", "kỳ"), ("Form.Figures[2].Of", "1"),
            ("Form.Figures[3].Period", "6 tháng đầu năm"), ("Form.Figures[3].Subject", "HĐND các cấp"), ("Form.Figures[3].Verb", "ban hành"), ("Form.Figures[3].Number", "1.245"), ("Form.Figures[3].Label", "nghị quyết"),
            ("Form.Problems", "Việc giải quyết kiến nghị cử tri còn chậm"),
            ("Form.Proposals", "Tổ chức tập huấn kỹ năng giám sát\nSớm ban hành quy chế phối hợp"),
            ("Form.Chair", "1"),
            ("Form.Directives", "Tăng cường hoạt động giám sát\nTiếp tục đổi mới, nâng cao chất lượng các kỳ họp"),
            ("Form.FieldVisitWhen", "Chiều cùng ngày"),
            ("Form.FieldVisitPlace", "mô hình tiếp xúc cử tri tại xã Hải Phú"),
            ("Form.Authors", "Minh Anh, Thu Hà"),
        ];

        // A figure that is not a number and a part of a row that does not exist: 400, errors at their rows, nothing lost.
        var refused = await organizer.PostAsync(outcomePage,
            [(PageSession.AntiforgeryField, form.AntiforgeryToken()), .. fields.Where(f => f.Item1 is not ("Form.Figures[0].Number" or "Form.Figures[2].Of")),
             ("Form.Figures[0].Number", "mười hai"), ("Form.Figures[2].Of", "9"), ("Form.Conclusions", "Đánh giá cao sự chuẩn bị chu đáo")]);
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-figureRows-0-number-error\"").And.Contain("id=\"f-figureRows-2-of-error\"")
            .And.Contain("value=\"mười hai\"").And.Contain("value=\"1.245\"").And.Contain("Minh Anh, Thu Hà").And.Contain("Đánh giá cao sự chuẩn bị chu đáo</textarea>")
            .And.Contain("Sớm ban hành quy chế phối hợp</textarea>").And.Contain("value=\"mô hình tiếp xúc cử tri tại xã Hải Phú\"");
        refused.Text.Should().Contain("Số liệu phải là số nguyên không âm").And.Contain("Ghi số thứ tự của một dòng số liệu ở phía trên");

        // The first conclusion typed with a capital is accepted: the draft writes it in lower case after "đồng chí …".
        var recorded = await organizer.PostAsync(outcomePage,
            [(PageSession.AntiforgeryField, refused.AntiforgeryToken()), .. fields, ("Form.Conclusions", "Đánh giá cao sự chuẩn bị chu đáo của các đơn vị")]);
        recorded.Status.Should().Be(HttpStatusCode.Redirect, recorded.Text);
        recorded.Location!.OriginalString.Should().Be($"{page}?thong-bao=da-ghi-ket-qua");

        var drafted = await Eventually.GetAsync(
            async () => await organizer.GetAsync(page) is { } p && p.Text.Contains("Trình duyệt phiên bản 1", StringComparison.Ordinal) ? p : null,
            TimeSpan.FromSeconds(60), "The first draft on the page");
        drafted.Text.Should().Contain("6 tháng đầu năm HĐND các cấp tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ, cấp xã 53 kỳ; ban hành 1.245 nghị quyết.")
            .And.Contain("Phó Chủ tịch Thường trực HĐND tỉnh đánh giá cao sự chuẩn bị chu đáo của các đơn vị.")
            .And.Contain("Kết luận hội nghị, đồng chí Lê Thị Thu Hà").And.Contain("Minh Anh – Thu Hà")
            .And.Contain("Soạn dự thảo");
        drafted.Html.Should().Contain($"/api/conferences/{id}/conclusion/notice.pdf");
        (await organizer.GetAsync(outcomePage)).Html.Should().MatchRegex("name=\"Form.Figures\\[2\\].Of\"[^>]*value=\"1\"", "a part comes back as a row naming its whole")
            .And.MatchRegex("name=\"Form.FieldVisitWhen\"[^>]*value=\"Chiều cùng ngày\"");

        var submitted = await organizer.PostAsync($"{page}?handler=Submit", [(PageSession.AntiforgeryField, drafted.AntiforgeryToken()), ("note", "Kính trình đồng chí xem xét.")]);
        submitted.Status.Should().Be(HttpStatusCode.Redirect, submitted.Text);
        (await organizer.GetAsync(submitted.Location!.OriginalString)).Text.Should().Contain("Đã trình duyệt").And.Contain("Chờ duyệt").And.NotContain("Trình duyệt phiên bản");

        // The approver follows the review e-mail's link to the same page.
        var mail = await HeldConferences.MailAsync(app, id, ConclusionPagesCollection.ApproverEmail, "review-request", 1);
        mail.Text.Should().Contain($"{app.BaseAddress.GetLeftPart(UriPartial.Authority)}{page}");
        using var approver = app.NewSession();
        await approver.SignInAsync(ConclusionPagesCollection.ApproverEmail);
        var review = await approver.GetAsync(page);
        review.Status.Should().Be(HttpStatusCode.OK, review.Text);
        review.Text.Should().Contain("Duyệt dự thảo").And.Contain("Kính trình đồng chí xem xét.").And.Contain("Kết luận hội nghị, đồng chí Lê Thị Thu Hà");

        var noComment = await approver.PostAsync($"{page}?handler=RequestChanges", [(PageSession.AntiforgeryField, review.AntiforgeryToken()), ("revision", "1"), ("comment", " ")]);
        noComment.Status.Should().Be(HttpStatusCode.BadRequest);
        noComment.Html.Should().Contain("id=\"f-comment-error\"");
        noComment.Text.Should().Contain("Cần ghi ý kiến để người soạn biết cần chỉnh sửa gì.");

        var approved = await approver.PostAsync($"{page}?handler=Approve", [(PageSession.AntiforgeryField, noComment.AntiforgeryToken()), ("revision", "1"), ("comment", "Đồng ý.")]);
        approved.Status.Should().Be(HttpStatusCode.Redirect, approved.Text);
        await HeldConferences.UntilAsync(app, id, c => c.Status == "Published", "Publication");

        // The public portal, no sign-in.
        using var reader = app.NewSession();
        var list = await reader.GetAsync("/tin-tuc");
        list.Status.Should().Be(HttpStatusCode.OK);
        list.Html.Should().Contain($"href=\"/tin-tuc/{id}\"");
        var article = await reader.GetAsync($"/tin-tuc/{id}");
        article.Status.Should().Be(HttpStatusCode.OK, article.Text);
        var today = PlannedConferences.Today(app);
        article.Text.Should().Contain("Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh")
            .And.Contain($"Đăng ngày {VietnameseFormat.Date(today)}")
            .And.Contain("Dự hội nghị có các đồng chí: Nguyễn Văn Đại Biểu 1")
            .And.Contain("Nguyễn Văn Đại Biểu 2").And.NotContain("Nguyễn Văn Đại Biểu 3", "who declined did not attend")
            .And.Contain("đồng chủ trì")
            .And.Contain("6 tháng đầu năm HĐND các cấp tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ, cấp xã 53 kỳ; ban hành 1.245 nghị quyết.")
            .And.Contain("Thảo luận tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: việc giải quyết kiến nghị cử tri còn chậm. " +
                "Các đại biểu cũng đề xuất một số giải pháp: tổ chức tập huấn kỹ năng giám sát; sớm ban hành quy chế phối hợp.")
            .And.Contain("Kết luận hội nghị, đồng chí Lê Thị Thu Hà – Phó Chủ tịch Thường trực HĐND tỉnh đánh giá cao")
            .And.Contain("Chiều cùng ngày, các đại biểu đã đi tham quan mô hình tiếp xúc cử tri tại xã Hải Phú.")
            .And.Contain("Minh Anh – Thu Hà");
        article.Html.Should().Contain("<link rel=\"alternate\" type=\"application/atom+xml\"").And.Contain("href=\"mailto:?subject=")
            .And.Contain($"href=\"/api/portal/articles/{id}/notice.pdf\"").And.Contain($"href=\"/api/portal/articles/{id}/notice.html\"")
            .And.Contain("A+").And.Contain("A−");
        (await reader.GetAsync($"/tin-tuc/{Guid.NewGuid()}")).Status.Should().Be(HttpStatusCode.NotFound);

        // The organizer's page now tells the whole story.
        var done = await organizer.GetAsync(page);
        done.Text.Should().Contain("Đã đăng").And.Contain("Trình duyệt").And.Contain("Duyệt").And.Contain("Cấp số thông báo")
            .And.Contain("Đăng bài và gửi thông báo").And.Contain("Đề nghị đính chính").And.Contain("Trần Văn Phê Duyệt");
    }

    [Fact]
    public async Task A_withdrawn_article_says_so_with_410_after_the_approver_consents_on_the_page()
    {
        var id = await HeldConferences.PublishedAsync(app, "go-bai");
        var page = $"/hoi-nghi/{id}/ket-luan";
        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);
        var published = await organizer.GetAsync(page);
        var noReason = await organizer.PostAsync($"{page}?handler=Withdrawal", [(PageSession.AntiforgeryField, published.AntiforgeryToken()), ("reason", "")]);
        noReason.Status.Should().Be(HttpStatusCode.BadRequest);
        noReason.Html.Should().Contain("id=\"f-reason-error\"");
        var requested = await organizer.PostAsync($"{page}?handler=Withdrawal", [(PageSession.AntiforgeryField, noReason.AntiforgeryToken()), ("reason", "Thông tin cần được rà soát lại.")]);
        requested.Status.Should().Be(HttpStatusCode.Redirect, requested.Text);

        using var approver = app.NewSession();
        await approver.SignInAsync(ConclusionPagesCollection.ApproverEmail);
        var decide = await approver.GetAsync(page);
        decide.Text.Should().Contain("Đề nghị gỡ bài").And.Contain("Thông tin cần được rà soát lại.");
        var consented = await approver.PostAsync($"{page}?handler=Decide", [(PageSession.AntiforgeryField, decide.AntiforgeryToken()), ("kind", "Withdrawal"), ("accept", "true")]);
        consented.Status.Should().Be(HttpStatusCode.Redirect, consented.Text);

        using var reader = app.NewSession();
        var gone = await reader.GetAsync($"/tin-tuc/{id}");
        gone.Status.Should().Be(HttpStatusCode.Gone);
        gone.Text.Should().Contain("Bài viết đã được gỡ").And.Contain("Thông tin cần được rà soát lại.");
        (await reader.GetAsync("/tin-tuc")).Html.Should().NotContain($"/tin-tuc/{id}");
    }
}
