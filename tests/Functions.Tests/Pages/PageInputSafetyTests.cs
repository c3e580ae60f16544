using System.Net;
using System.Net.Http.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Conferences;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// The pages refuse what the API refuses (the domain's checks): a control character in a name, a name that starts
/// like a spreadsheet formula, an oversized text; with the message next to the field, and nothing stored.
/// </summary>
[Collection(PagesAppCollection.Name)]
public sealed class PageInputSafetyTests(PagesAppFixture app)
{
    [Fact]
    public async Task A_name_with_a_control_character_or_an_oversized_venue_is_refused_on_the_create_form()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var before = await ConferencesAsync();

        var refused = await browser.SubmitAsync("/hoi-nghi/tao-moi", "/hoi-nghi/tao-moi", [.. Form("Võ Văn\u0001Mời")]);

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Html.Should().Contain("id=\"f-invitees-0-name-error\"").And.Contain("id=\"f-invitees-1-title-error\"").And.Contain("id=\"f-venue-name-error\"");
        refused.Text.Should().Contain("Họ tên khách mời có ký tự điều khiển hoặc ký tự không hợp lệ")
            .And.Contain("Chức vụ của khách mời không được bắt đầu bằng ký tự “=”, “+”, “-” hoặc “@”")
            .And.Contain("Tên địa điểm dài 300 ký tự, vượt quá giới hạn 250 ký tự.");
        (await ConferencesAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_NUL_in_a_form_field_is_refused_at_that_field_not_taken_for_an_expired_form()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync(PagesAppFixture.OrganizerEmail);
        var before = await ConferencesAsync();

        // The browser sends it as %00, which the framework's form reader refuses with the whole form.
        var nul = await browser.SubmitAsync("/hoi-nghi/tao-moi", "/hoi-nghi/tao-moi", [.. Form("Võ Văn\0Mời")]);

        nul.Status.Should().Be(HttpStatusCode.BadRequest);
        nul.Html.Should().Contain("id=\"f-invitees-0-name-error\"");
        nul.Text.Should().Contain("Họ tên khách mời có ký tự điều khiển hoặc ký tự không hợp lệ (ví dụ ký tự NUL")
            .And.NotContain("Biểu mẫu không được chấp nhận").And.NotContain("hết hạn");
        (await ConferencesAsync()).Should().Be(before);

        var forged = await browser.PostAsync("/hoi-nghi/tao-moi", [.. Form("Võ Văn\0Mời")]);
        forged.Status.Should().Be(HttpStatusCode.BadRequest);
        forged.Text.Should().Contain("Biểu mẫu không được chấp nhận", "without the antiforgery token the form is refused as before");
    }

    [Fact]
    public async Task A_deputy_name_with_a_control_character_is_refused_on_the_confirmation_page()
    {
        var people = PlannedConferences.Invitees("page-deputy", 1);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        using var invitee = app.NewSession();
        var path = $"/xac-nhan/{Mailbox.TokenIn(invitations[0])}";

        var refused = await invitee.SubmitAsync(path, path,
            ("Form.Response", "deputy"), ("Form.DeputyName", "Trần Thị\u001bDự Thay"), ("Form.DeputyTitle", "Phó Chủ tịch HĐND xã"),
            ("Form.DeputyEmail", $"du-thay-{Guid.NewGuid():N}@example.vn"));

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Text.Should().Contain("Họ tên người dự thay có ký tự điều khiển hoặc ký tự không hợp lệ");
        (await PlannedConferences.RollAsync(app, conference.Id)).Counts.NotAnswered.Should().Be(1);
    }

    private List<(string Name, string Value)> Form(string inviteeName)
    {
        var today = PlannedConferences.Today(app);
        return
        [
            ("Form.CouncilId", "tinh-mau"),
            ("Form.Kind", "Briefing"),
            ("Form.Scope", "WithLevelBelow"),
            ("Form.Ordinal", "2"),
            ("Form.Date", VietnameseFormat.Date(today.PlusDays(10))),
            ("Form.Start", "08:00"),
            ("Form.End", "11:00"),
            ("Form.VenueName", new string('ệ', 300)),
            ("Form.CoChairs[0].Name", "Nguyễn Đăng Quang"),
            ("Form.CoChairs[0].StateTitles", "Chủ tịch HĐND tỉnh"),
            ("Form.Invitees[0].Name", inviteeName),
            ("Form.Invitees[0].Title", "Chủ tịch HĐND xã"),
            ("Form.Invitees[0].Email", $"nul-{Guid.NewGuid():N}@example.vn"),
            ("Form.Invitees[1].Name", "Trần Thị Hai"),
            ("Form.Invitees[1].Title", "@Chủ tịch HĐND phường"),
            ("Form.Invitees[1].Email", $"formula-{Guid.NewGuid():N}@example.vn"),
            ("Form.DeadlineDate", PlannedConferences.Iso(today.PlusDays(7))),
            ("Form.DeadlineTime", "17:00"),
            ("Form.ReminderHours", "72, 24"),
        ];
    }

    private async Task<int> ConferencesAsync() =>
        (await app.Organizer.GetFromJsonAsync<List<ConferenceResponse>>("/api/conferences", new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!.Count;
}
