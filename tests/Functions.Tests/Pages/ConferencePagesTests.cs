using System.Net;
using System.Text;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Pages;

[Collection(PagesAppCollection.Name)]
public sealed class ConferencePagesTests(PagesAppFixture app)
{
    [Fact]
    public async Task Organizer_creates_a_conference_through_the_form_keeping_every_value_of_a_refused_submission()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var form = await browser.GetAsync("/hoi-nghi/tao-moi");
        form.Status.Should().Be(HttpStatusCode.OK);
        form.Text.Should().Contain("HĐND tỉnh Quảng Trị").And.Contain("Hội nghị trao đổi kinh nghiệm hoạt động").And.Contain("Đồng chủ trì 2");
        form.Html.Should().Contain("name=\"Form.ReminderHours\" type=\"text\" value=\"72, 24\"");

        // "Thêm đại biểu" adds a row without saving anything, keeping what was typed.
        var email = $"form-{Guid.NewGuid():N}@example.vn";
        var fields = Fields(email);
        var moreRows = await browser.PostAsync("/hoi-nghi/tao-moi", [(PageSession.AntiforgeryField, form.AntiforgeryToken()), .. fields, ("them", "invitees")]);
        moreRows.Status.Should().Be(HttpStatusCode.OK);
        moreRows.Html.Should().Contain("name=\"Form.Invitees[3].Name\"").And.Contain($"value=\"{email}\"");

        // No date, a bad address and a co-chair without titles: 400, every message at once next to its field, nothing lost.
        var refused = await browser.PostAsync("/hoi-nghi/tao-moi",
        [
            (PageSession.AntiforgeryField, form.AntiforgeryToken()),
            .. fields.Where(f => f.Name is not ("Form.Invitees[1].Email" or "Form.CoChairs[1].StateTitles" or "Form.Date")),
            ("Form.Invitees[1].Email", "khong-phai-email"),
            ("Form.CoChairs[1].StateTitles", ""),
            ("Form.Date", ""),
        ]);
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-invitees-1-email-error\"").And.Contain("id=\"f-coChairs-1-titles-error\"")
            .And.Contain("value=\"khong-phai-email\"").And.Contain("value=\"Lê Thị Thu Hà\"").And.Contain($"value=\"{email}\"")
            .And.Contain("Ủy viên BTV Tỉnh ủy</textarea>");
        refused.Text.Should().Contain("Địa chỉ email “khong-phai-email” không hợp lệ.").And.Contain("Đồng chủ trì phải có ít nhất một chức danh.")
            .And.Contain("Ngày họp không hợp lệ: hãy chọn ngày");
        refused.Html.Should().Contain("id=\"f-schedule-date-error\"");
        refused.Html.Should().Contain("<a href=\"#f-invitees-1-email\">");

        var created = await browser.PostAsync("/hoi-nghi/tao-moi", [(PageSession.AntiforgeryField, refused.AntiforgeryToken()), .. fields]);
        created.Status.Should().Be(HttpStatusCode.Redirect, created.Text);
        var details = created.Location!.OriginalString;
        details.Should().MatchRegex("^/hoi-nghi/[0-9a-f-]{36}\\?thong-bao=da-tao$");

        var page = await browser.GetAsync(details);
        page.Status.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain("Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã lần thứ sáu")
            .And.Contain("Đã lưu hội nghị ở dạng bản nháp").And.Contain("Bản nháp").And.Contain("Bắt đầu gửi giấy mời")
            .And.Contain("Nguyễn Đăng Quang – Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh")
            .And.Contain($"ngày {VietnameseFormat.Date(Day(10))}").And.Contain($"17 giờ 00 ngày {VietnameseFormat.Date(Day(7))}")
            .And.Contain("Được mời 2");

        var id = Guid.Parse(details.Split('/', '?')[2]);
        var stored = await PlannedConferences.GetAsync(app, id);
        stored.CoChairs[0].PartyTitles.Should().Equal("Ủy viên BTV Tỉnh ủy");
        stored.CoChairs[0].StateTitles.Should().Equal("Chủ tịch HĐND tỉnh");
        stored.ReminderHours.Should().Equal(72, 24);
        (await PlannedConferences.RollAsync(app, id)).Entries.Select(e => e.Unit).Should().Equal(false, true);

        var list = await browser.GetAsync("/hoi-nghi");
        list.Text.Should().Contain($"Ngày {VietnameseFormat.Date(Day(10))}, 8 giờ 00 – 11 giờ 30").And.Contain("Bản nháp");
        list.Html.Should().Contain($"href=\"/hoi-nghi/{id}\"");
    }

    [Fact]
    public async Task A_draft_is_edited_then_started_and_the_roll_shows_who_has_not_answered()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var people = PlannedConferences.Invitees("actions", 2);
        var conference = await PlannedConferences.CreateAsync(app, people);
        var path = $"/hoi-nghi/{conference.Id}";

        var edit = await browser.GetAsync($"{path}/sua");
        edit.Html.Should().Contain("value=\"Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh\"");
        var values = FormValues(edit.Html);
        values[values.FindIndex(v => v.Name == "Form.VenueName")] = ("Form.VenueName", "Hội trường UBND tỉnh");
        var edited = await browser.PostAsync($"{path}/sua", values);
        edited.Status.Should().Be(HttpStatusCode.Redirect, edited.Text);
        (await browser.GetAsync(edited.Location!.OriginalString)).Text.Should().Contain("Đã lưu các thay đổi.").And.Contain("Hội trường UBND tỉnh, Số 1 Hùng Vương, Đông Hà");

        // One more invitee: a bad address is refused next to the field, then accepted.
        var refused = await browser.SubmitAsync(path, $"{path}?handler=Invitee",
            ("NewInvitee.Name", "Trần Thị Bổ Sung"), ("NewInvitee.Title", "Phó Chủ tịch HĐND xã"), ("NewInvitee.Email", "sai@"));
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-invitees-0-email-error\"").And.Contain("value=\"Trần Thị Bổ Sung\"");
        var added = await browser.SubmitAsync(path, $"{path}?handler=Invitee",
            ("NewInvitee.Name", "Trần Thị Bổ Sung"), ("NewInvitee.Title", "Phó Chủ tịch HĐND xã"), ("NewInvitee.Email", $"bo-sung-{Guid.NewGuid():N}@example.vn"));
        added.Status.Should().Be(HttpStatusCode.Redirect, added.Text);

        var started = await browser.SubmitAsync(path, $"{path}?handler=Start");
        started.Status.Should().Be(HttpStatusCode.Redirect, started.Text);
        var page = await browser.GetAsync(started.Location!.OriginalString);
        page.Text.Should().Contain("Đã bắt đầu gửi giấy mời").And.Contain("Đang mời").And.Contain("Khóa đăng ký").And.Contain("Dời lịch")
            .And.Contain("Chưa trả lời 3").And.NotContain("Sửa thông tin");
        await app.Mail.WaitForAsync(people[0].Email!, "invitation");

        var unanswered = await browser.GetAsync($"{path}?loc=chua-tra-loi");
        unanswered.Html.Should().Contain("aria-current=\"page\">Chưa trả lời</a>").And.Contain("data-source=\"/api/conferences/");
        unanswered.Text.Should().Contain("Trần Thị Bổ Sung").And.Contain(people[1].Email!);
    }

    [Fact]
    public async Task Own_title_typed_in_the_form_names_the_conference_and_a_too_long_one_is_refused_next_to_its_field()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var conference = await PlannedConferences.CreateAsync(app, PlannedConferences.Invitees("own-title-form", 1));
        var path = $"/hoi-nghi/{conference.Id}";
        var edit = await browser.GetAsync($"{path}/sua");
        edit.Text.Should().Contain("Tên hội nghị").And.Contain("Để trống thì tên được ghép theo loại hội nghị");
        var values = FormValues(edit.Html);
        var title = values.FindIndex(v => v.Name == "Form.OwnTitle");

        values[title] = ("Form.OwnTitle", new string('x', 251));
        var refused = await browser.PostAsync($"{path}/sua", values);
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-ownTitle-error\"").And.Contain($"value=\"{new string('x', 251)}\"");
        refused.Text.Should().Contain("Tên hội nghị không được dài quá 250 ký tự.");

        values[title] = ("Form.OwnTitle", "Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2026");
        var edited = await browser.PostAsync($"{path}/sua", values);
        edited.Status.Should().Be(HttpStatusCode.Redirect, edited.Text);
        (await browser.GetAsync(edited.Location!.OriginalString)).Text.Should().Contain("Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2026");
        (await PlannedConferences.GetAsync(app, conference.Id)).OwnTitle.Should().Be("Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2026");
    }

    [Fact]
    public async Task A_csv_with_a_bad_line_is_refused_line_by_line_unless_bad_lines_are_skipped()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var conference = await PlannedConferences.CreateAsync(app, PlannedConferences.Invitees("csv", 1));
        var path = $"/hoi-nghi/{conference.Id}";
        var csv = Encoding.UTF8.GetBytes(
            "Họ và tên,Chức vụ,Đơn vị,Email\n" +
            $"Phạm Văn Nhập,Chủ tịch HĐND phường,Phường Đông Hà,nhap-{Guid.NewGuid():N}@example.vn\n" +
            "Hoàng Thị Lỗi,Phó Chủ tịch HĐND xã,Xã Cam Lộ,khong-hop-le\n");

        var refused = await browser.UploadAsync(path, $"{path}?handler=Import", "file", "dai-bieu.csv", csv);
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Text.Should().Contain("Tệp có dòng lỗi nên chưa nhập đại biểu nào").And.Contain("Dòng 3: địa chỉ email “khong-hop-le” không hợp lệ.");
        (await PlannedConferences.RollAsync(app, conference.Id)).Counts.Invited.Should().Be(1);

        var skipped = await browser.UploadAsync(path, $"{path}?handler=Import", "file", "dai-bieu.csv", csv, ("skipInvalidLines", "true"));
        skipped.Status.Should().Be(HttpStatusCode.Redirect, skipped.Text);
        (await browser.GetAsync(skipped.Location!.OriginalString)).Text.Should().Contain("Đã nhập 1 đại biểu từ tệp; bỏ qua 1 dòng lỗi.").And.Contain("Phạm Văn Nhập");
        (await PlannedConferences.RollAsync(app, conference.Id)).Counts.Invited.Should().Be(2);
    }

    [Fact]
    public async Task Reschedule_errors_keep_the_typed_values_and_cancel_asks_before_it_acts()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var (conference, _) = await PlannedConferences.InvitedAsync(app, PlannedConferences.Invitees("cancel", 1));
        var path = $"/hoi-nghi/{conference.Id}";

        var refused = await browser.SubmitAsync(path, $"{path}?handler=Reschedule",
            ("Reschedule.Date", PlannedConferences.Iso(Day(12))), ("Reschedule.Start", "14:00"), ("Reschedule.End", "13:00"),
            ("Reschedule.DeadlineDate", PlannedConferences.Iso(Day(9))), ("Reschedule.DeadlineTime", "17:00"));
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-schedule-end-error\"").And.Contain("value=\"13:00\"").And.Contain("<details class=\"action\" id=\"doi-lich\" open=\"open\">");
        refused.Text.Should().Contain("Thời gian kết thúc phải sau thời gian bắt đầu.");

        var asked = await browser.SubmitAsync(path, $"{path}?handler=Cancel");
        asked.Status.Should().Be(HttpStatusCode.OK);
        asked.Text.Should().Contain("Xác nhận hủy hội nghị?");
        (await PlannedConferences.GetAsync(app, conference.Id)).Status.Should().Be("Inviting");

        var cancelled = await browser.PostAsync($"{path}?handler=Cancel", [(PageSession.AntiforgeryField, asked.AntiforgeryToken()), ("confirmed", "true")]);
        cancelled.Status.Should().Be(HttpStatusCode.Redirect, cancelled.Text);
        (await browser.GetAsync(cancelled.Location!.OriginalString)).Text.Should().Contain("Đã hủy hội nghị").And.Contain("Đã hủy");
        (await PlannedConferences.GetAsync(app, conference.Id)).Status.Should().Be("Cancelled");
    }

    [Fact]
    public async Task Refusals_are_pages_with_their_status()
    {
        using var anonymous = app.NewSession();
        var redirected = await anonymous.GetAsync("/hoi-nghi");
        redirected.Status.Should().Be(HttpStatusCode.Redirect);
        redirected.Location!.AbsolutePath.Should().Be("/dang-nhap");

        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);
        var missing = await organizer.GetAsync($"/hoi-nghi/{Guid.NewGuid()}");
        missing.Status.Should().Be(HttpStatusCode.NotFound);
        missing.Text.Should().Contain("Không tìm thấy hội nghị");

        // The approver reads the conference but may not act on it.
        var conference = await PlannedConferences.CreateAsync(app, PlannedConferences.Invitees("approver", 1));
        using var approver = app.NewSession();
        await approver.SignInAsync("phe-duyet@hdnd.localhost");
        var page = await approver.GetAsync($"/hoi-nghi/{conference.Id}");
        page.Status.Should().Be(HttpStatusCode.OK);
        page.Text.Should().NotContain("Bắt đầu gửi giấy mời");
        var forbidden = await approver.PostAsync($"/hoi-nghi/{conference.Id}?handler=Start", [(PageSession.AntiforgeryField, page.AntiforgeryToken())]);
        forbidden.Status.Should().Be(HttpStatusCode.Forbidden);
        forbidden.Text.Should().Contain("Tài khoản không có quyền với hội nghị này");
        (await PlannedConferences.GetAsync(app, conference.Id)).Status.Should().Be("Draft");
    }

    private LocalDate Day(int fromToday) => PlannedConferences.Today(app).PlusDays(fromToday);

    private List<(string Name, string Value)> Fields(string email) =>
    [
        ("Form.CouncilId", "tinh-mau"),
        ("Form.Kind", "ExperienceExchange"),
        ("Form.Scope", "WithLevelBelow"),
        ("Form.Ordinal", "6"),
        ("Form.Date", VietnameseFormat.Date(Day(10))),
        ("Form.Start", "08:00"),
        ("Form.End", "11:30"),
        ("Form.VenueName", "Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        ("Form.VenueAddress", ""),
        ("Form.CoChairs[0].Name", "Nguyễn Đăng Quang"),
        ("Form.CoChairs[0].PartyTitles", "Ủy viên BTV Tỉnh ủy"),
        ("Form.CoChairs[0].StateTitles", "Chủ tịch HĐND tỉnh"),
        ("Form.CoChairs[1].Name", "Lê Thị Thu Hà"),
        ("Form.CoChairs[1].PartyTitles", ""),
        ("Form.CoChairs[1].StateTitles", "Phó Chủ tịch Thường trực HĐND tỉnh"),
        ("Form.Agenda[0].Title", "Báo cáo kết quả hoạt động quý III"),
        ("Form.Agenda[0].Presenter", "Văn phòng"),
        ("Form.Agenda[0].Start", "08:15"),
        ("Form.Agenda[1].Title", ""),
        ("Form.Invitees[0].Name", "Võ Văn Mời"),
        ("Form.Invitees[0].Title", "Chủ tịch HĐND xã"),
        ("Form.Invitees[0].Organization", "Xã Gio Linh"),
        ("Form.Invitees[0].Email", email),
        ("Form.Invitees[1].Name", ""),
        ("Form.Invitees[1].Organization", "Thường trực HĐND các xã"),
        ("Form.Invitees[1].Email", $"don-vi-{Guid.NewGuid():N}@example.vn"),
        ("Form.Invitees[1].Unit", "true"),
        ("Form.Invitees[2].Name", ""),
        ("Form.DeadlineDate", PlannedConferences.Iso(Day(7))),
        ("Form.DeadlineTime", "17:00"),
        ("Form.ReminderHours", "72, 24"),
    ];

    // The values of a page's inputs, text areas and selects as a browser would post them (checkboxes and radios aside),
    // each name once: the antiforgery token appears in every form of the page.
    private static List<(string Name, string Value)> FormValues(string html)
    {
        var values = new List<(string Name, string Value)>();
        foreach (System.Text.RegularExpressions.Match input in System.Text.RegularExpressions.Regex.Matches(html, "<input[^>]* name=\"(?<n>[^\"]+)\"[^>]* value=\"(?<v>[^\"]*)\""))
        {
            if (!input.Value.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !input.Value.Contains("type=\"radio\"", StringComparison.Ordinal))
            {
                values.Add((input.Groups["n"].Value, WebUtility.HtmlDecode(input.Groups["v"].Value)));
            }
        }

        foreach (System.Text.RegularExpressions.Match area in System.Text.RegularExpressions.Regex.Matches(html, "<textarea[^>]* name=\"(?<n>[^\"]+)\"[^>]*>(?<v>[^<]*)</textarea>"))
        {
            values.Add((area.Groups["n"].Value, WebUtility.HtmlDecode(area.Groups["v"].Value)));
        }

        foreach (System.Text.RegularExpressions.Match select in System.Text.RegularExpressions.Regex.Matches(html, "<select[^>]* name=\"(?<n>[^\"]+)\"[^>]*>.*?<option value=\"(?<v>[^\"]*)\" selected>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            values.Add((select.Groups["n"].Value, select.Groups["v"].Value));
        }

        return [.. values.DistinctBy(v => v.Name)];
    }
}
