using System.Net;
using System.Net.Http.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Security;
using HdndWorkflow.Functions.Tests.Conferences;
using NodaTime.Text;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>The invitee's personal page <c>/xac-nhan/{token}</c>, opened from the link of a real invitation e-mail.</summary>
[Collection(PagesAppCollection.Name)]
public sealed class ConfirmationPageTests(PagesAppFixture app)
{
    [Fact]
    public async Task Get_and_head_change_nothing_and_show_the_conference_with_the_answer_the_letter_chose()
    {
        var people = PlannedConferences.Invitees("xem", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        using var invitee = app.NewSession();
        var path = PathOf(invitations[0]);

        var page = await invitee.GetAsync($"{path}?tra-loi=khong-tham-du");
        using (var head = await invitee.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative))))
        {
            head.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        page.Headers.CacheControl!.NoStore.Should().BeTrue();
        page.ContentHeaders!.ContentType!.CharSet.Should().Be("utf-8");
        page.Html.Should().Contain("<html lang=\"vi\">").And.Contain("id=\"r-decline\" name=\"Form.Response\" value=\"decline\" checked=\"checked\"");
        page.Text.Should().Contain(conference.Title).And.Contain(conference.TimeLine)
            .And.Contain("Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh, Số 1 Hùng Vương, Đông Hà")
            .And.Contain("Nguyễn Đăng Quang – Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh")
            .And.Contain($"Hạn đăng ký tham dự 17 giờ 00 ngày {VietnameseFormat.Date(LocalDatePattern.Iso.Parse(conference.RegistrationDeadline[..10]).Value)}")
            .And.Contain("Nội dung hội nghị 8 giờ 15: Đánh giá kết quả hoạt động 6 tháng đầu năm (trình bày: Văn phòng HĐND tỉnh)")
            .And.Contain("Trả lời hiện tại Chưa trả lời").And.Contain("Cử người dự thay");
        (await PlannedConferences.RollAsync(app, conference.Id)).Counts.NotAnswered.Should().Be(1, "opening the page records nothing");
    }

    [Fact]
    public async Task A_post_needs_the_antiforgery_token_and_then_records_the_answer_which_can_be_changed()
    {
        var people = PlannedConferences.Invitees("tra-loi", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        using var invitee = app.NewSession();
        var path = PathOf(invitations[0]);

        var forged = await invitee.PostAsync(path, [("Form.Response", "accept")]);
        forged.Status.Should().Be(HttpStatusCode.BadRequest);
        forged.Text.Should().Contain("Biểu mẫu không được chấp nhận");
        (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0].Response.Should().Be("NoAnswer");

        // A deputy without a title: 400, the message next to the field, what was typed kept.
        var incomplete = await invitee.SubmitAsync(path, path,
            ("Form.Response", "deputy"), ("Form.DeputyName", "Trần Thị Dự Thay"), ("Form.DeputyTitle", ""), ("Form.DeputyEmail", "du-thay@example.vn"));
        incomplete.Status.Should().Be(HttpStatusCode.BadRequest);
        incomplete.Html.Should().Contain("id=\"f-response-deputy-title-error\"").And.Contain("value=\"Trần Thị Dự Thay\"")
            .And.Contain("id=\"r-deputy\" name=\"Form.Response\" value=\"deputy\" checked=\"checked\"");
        incomplete.Text.Should().Contain("Chức vụ của người dự thay không được để trống.");

        var deputyEmail = $"du-thay-{Guid.NewGuid():N}@example.vn";
        var recorded = await invitee.SubmitAsync(path, path,
            ("Form.Response", "deputy"), ("Form.DeputyName", "Trần Thị Dự Thay"), ("Form.DeputyTitle", "Phó Chủ tịch HĐND xã"), ("Form.DeputyEmail", deputyEmail));
        recorded.Status.Should().Be(HttpStatusCode.Redirect, "post, redirect, get: a refresh must not post again");
        recorded.Location!.OriginalString.Should().Be($"{path}?ket-qua=da-ghi");
        var shown = await invitee.GetAsync(recorded.Location.OriginalString);
        shown.Text.Should().Contain("Đã ghi nhận trả lời của đồng chí Nguyễn Văn Đại Biểu 1: Cử người dự thay: Trần Thị Dự Thay – Phó Chủ tịch HĐND xã.");
        var roll = await PlannedConferences.RollAsync(app, conference.Id);
        roll.Entries[0].Response.Should().Be("DeputySent");
        roll.Entries[0].Deputy.Should().Be("Trần Thị Dự Thay – Phó Chủ tịch HĐND xã");

        // The deputy's own link shows the invitation, and whom he or she stands in for, without a form.
        var deputyInvitation = await app.Mail.WaitForAsync(deputyEmail, "invitation");
        using var deputy = app.NewSession();
        var deputyPage = await deputy.GetAsync(PathOf(deputyInvitation));
        deputyPage.Status.Should().Be(HttpStatusCode.OK);
        deputyPage.Text.Should().Contain("Đồng chí Trần Thị Dự Thay – Phó Chủ tịch HĐND xã được cử dự thay đồng chí Nguyễn Văn Đại Biểu 1");
        deputyPage.Html.Should().NotContain("name=\"Form.Response\"");

        var changed = await invitee.SubmitAsync(path, path, ("Form.Response", "accept"));
        changed.Status.Should().Be(HttpStatusCode.Redirect);
        (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0].Response.Should().Be("Accepted");
    }

    [Fact]
    public async Task After_registration_closes_the_page_says_so_and_whom_to_contact_and_takes_no_answer()
    {
        var people = PlannedConferences.Invitees("da-dong", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        using var closing = await app.Organizer.PostAsync(new Uri($"/api/conferences/{conference.Id}/close-registration", UriKind.Relative), null);
        closing.StatusCode.Should().Be(HttpStatusCode.OK);
        using var invitee = app.NewSession();
        var path = PathOf(invitations[0]);

        var page = await invitee.GetAsync(path);

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain("Đã đóng đăng ký tham dự.")
            .And.Contain("xin liên hệ: Văn phòng Đoàn ĐBQH và HĐND tỉnh, phòng Tổng hợp, điện thoại 0233 3852 000");
        page.Html.Should().NotContain("name=\"Form.Response\"");
        var token = (await invitee.GetAsync("/dang-nhap")).AntiforgeryToken();
        var late = await invitee.PostAsync(path, [(PageSession.AntiforgeryField, token), ("Form.Response", "accept")]);
        late.Status.Should().Be(HttpStatusCode.BadRequest);
        late.Text.Should().Contain("Đã đóng đăng ký tham dự.");
        (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0].Response.Should().Be("NoAnswer");
    }

    [Fact]
    public async Task Unknown_and_tampered_links_get_404_and_a_link_of_an_ended_conference_410_changing_nothing()
    {
        var people = PlannedConferences.Invitees("het-han", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        using var stranger = app.NewSession();
        var token = Mailbox.TokenIn(invitations[0]);
        var tampered = token[..30] + (token[30] == 'A' ? 'B' : 'A') + token[31..];

        var unknown = await stranger.GetAsync("/xac-nhan/khong-co-ma-nay");
        unknown.Status.Should().Be(HttpStatusCode.NotFound);
        unknown.Text.Should().Contain("Đường dẫn xác nhận không hợp lệ");
        unknown.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        var forged = await stranger.GetAsync($"/xac-nhan/{tampered}");
        forged.Status.Should().Be(HttpStatusCode.NotFound);
        forged.Html.Should().NotContain(tampered);
        var antiforgery = (await stranger.GetAsync("/dang-nhap")).AntiforgeryToken();
        (await stranger.PostAsync($"/xac-nhan/{tampered}", [(PageSession.AntiforgeryField, antiforgery), ("Form.Response", "accept")]))
            .Status.Should().Be(HttpStatusCode.NotFound);

        app.Clock.Advance(TimeSpan.FromDays(11));
        var ended = await stranger.GetAsync($"/xac-nhan/{token}");
        ended.Status.Should().Be(HttpStatusCode.Gone);
        ended.Text.Should().Contain("Đường dẫn xác nhận đã hết hạn");
        (await stranger.PostAsync($"/xac-nhan/{token}", [(PageSession.AntiforgeryField, antiforgery), ("Form.Response", "accept")]))
            .Status.Should().Be(HttpStatusCode.Gone);
        (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0].Response.Should().Be("NoAnswer");
    }

    [Fact]
    public async Task Each_link_gets_a_few_requests_a_minute_then_429_with_Retry_After()
    {
        using var stranger = app.NewSession();
        var path = $"/xac-nhan/{Guid.NewGuid():N}";

        for (var i = 0; i < LinkRateLimiting.PerLinkPerMinute; i++)
        {
            (await stranger.GetAsync(path)).Status.Should().Be(HttpStatusCode.NotFound);
        }

        var limited = await stranger.GetAsync(path);
        limited.Status.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.Should().NotBeNull();
        (await stranger.GetAsync($"/xac-nhan/{Guid.NewGuid():N}")).Status.Should().Be(HttpStatusCode.NotFound, "another link has its own budget");
    }

    [Fact]
    public async Task A_token_spelled_with_white_space_or_padding_is_refused_and_spends_the_budget_of_its_link()
    {
        var people = PlannedConferences.Invitees("khoang-trang", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        using var stranger = app.NewSession();
        var token = Mailbox.TokenIn(invitations[0]);
        string[] spaces = [" ", "\t", "\n", "\r\n", "  "];
        var variants = Enumerable.Range(0, LinkRateLimiting.PerLinkPerMinute + 1).Select(i => (i % 4) switch
        {
            0 => spaces[i % spaces.Length] + token,
            1 => token + spaces[i % spaces.Length],
            2 => token.Insert(1 + (i * 7 % (token.Length - 1)), spaces[i % spaces.Length]),
            _ => token + "==",
        }).ToList();

        var statuses = new List<HttpStatusCode>();
        foreach (var (variant, i) in variants.Select((v, i) => (Uri.EscapeDataString(v), i)))
        {
            using var response = (i % 3) switch
            {
                0 => await stranger.Client.GetAsync(new Uri($"/xac-nhan/{variant}", UriKind.Relative)),
                1 => await stranger.Client.GetAsync(new Uri($"/api/invitations/{variant}", UriKind.Relative)),
                _ => await stranger.Client.PostAsJsonAsync(new Uri($"/api/invitations/{variant}/answer", UriKind.Relative), new AnswerInput(AnswerInput.Accept)),
            };
            statuses.Add(response.StatusCode);
        }

        statuses.Should().AllSatisfy(s => s.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests));
        statuses[^1].Should().Be(HttpStatusCode.TooManyRequests, "every spelling of the link spends the same budget");
        (await stranger.GetAsync($"/xac-nhan/{token}")).Status.Should().Be(HttpStatusCode.TooManyRequests, "the link itself has spent its budget");
        (await PlannedConferences.RollAsync(app, conference.Id)).Entries[0].Response.Should().Be("NoAnswer");
    }

    [Fact]
    public async Task A_token_spelled_with_white_space_is_refused_like_any_unknown_link()
    {
        var (_, invitations) = await PlannedConferences.InvitedAsync(app, PlannedConferences.Invitees("tab", 1));
        using var stranger = app.NewSession();
        var token = Mailbox.TokenIn(invitations[0]);

        var page = await stranger.GetAsync($"/xac-nhan/{Uri.EscapeDataString(token + "\t")}");
        using var api = await stranger.Client.GetAsync(new Uri($"/api/invitations/{Uri.EscapeDataString(" " + token)}", UriKind.Relative));

        page.Status.Should().Be(HttpStatusCode.NotFound);
        page.Text.Should().Contain("Đường dẫn xác nhận không hợp lệ");
        api.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await stranger.GetAsync($"/xac-nhan/{token}")).Status.Should().Be(HttpStatusCode.OK, "the link as written still opens");
    }

    private static string PathOf(DevMailMessage invitation) => $"/xac-nhan/{Mailbox.TokenIn(invitation)}";
}
