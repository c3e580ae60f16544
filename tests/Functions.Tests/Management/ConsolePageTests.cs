using System.Net;
using System.Text.RegularExpressions;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Tests.Pages;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Management;

/// <summary>The console's pages over real HTTP, signed in with a cookie as a person is: lists, filters, an instance, actions.</summary>
[Collection(ConsoleAppCollection.Name)]
public sealed partial class ConsolePageTests(ConsoleAppFixture app)
{
    [Fact]
    public async Task The_list_shows_status_stage_conference_council_and_times_and_filters_them()
    {
        var conference = await app.ConferenceAsync(app.Organizer, ConsoleAppFixture.Council);
        var running = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{conference}");
        var failed = await app.StartAsync(ConsoleOrchestrations.Failing, $"{conference}:conclusion");
        await app.UntilAsync(failed, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);
        var today = VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant()).Date;

        var all = await session.GetAsync($"/quy-trinh?ma={conference}");
        var onlyFailed = await session.GetAsync($"/quy-trinh?ma={conference}&trangThai=Failed");
        var inviting = await session.GetAsync($"/quy-trinh?ma={conference}&hoiDong={ConsoleAppFixture.Council}&giaiDoan=Inviting");
        var tomorrow = await session.GetAsync($"/quy-trinh?ma={conference}&tuNgay={today.PlusDays(1):yyyy'-'MM'-'dd}");
        var sinceToday = await session.GetAsync($"/quy-trinh?ma={conference}&tuNgay={today:dd'/'MM'/'yyyy}&denNgay={today:yyyy'-'MM'-'dd}");

        all.Status.Should().Be(HttpStatusCode.OK);
        Rows(all).Should().BeEquivalentTo(running, failed);
        all.Text.Should().Contain("Đang chạy").And.Contain("Lỗi").And.Contain("Hội nghị: Đang mời")
            .And.Contain("HĐND tỉnh Quảng Trị").And.Contain("Quy trình");
        DateTimeText().IsMatch(all.Text).Should().BeTrue("times are dd/MM/yyyy HH:mm");
        Rows(onlyFailed).Should().Equal(failed);
        onlyFailed.Text.Should().Contain(ConsoleOrchestrations.FailureMessage).And.Contain("Chạy lại…");
        Rows(inviting).Should().Equal(running);
        Rows(tomorrow).Should().BeEmpty();
        tomorrow.Text.Should().Contain("Không có quy trình nào khớp bộ lọc.");
        Rows(sinceToday).Should().BeEquivalentTo(running, failed);
    }

    [Theory]
    [InlineData("?tuNgay=31/02/2026", "Tạo từ ngày không hợp lệ", "31/02/2026")]
    [InlineData("?tuNgay=2026-08-10&denNgay=2026-08-01", "Đến ngày không được trước Tạo từ ngày.", "2026-08-10")]
    [InlineData("?trangThai=Nap", "Trạng thái không hợp lệ", null)]
    [InlineData("?giaiDoan=An-trua", "Giai đoạn không hợp lệ", null)]
    public async Task Wrong_filters_are_refused_in_Vietnamese_and_keep_what_was_typed(string query, string message, string? kept)
    {
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);

        var page = await session.GetAsync($"/quy-trinh{query}");

        page.Status.Should().Be(HttpStatusCode.BadRequest);
        page.Text.Should().Contain(message);
        if (kept is not null)
        {
            page.Html.Should().Contain($"value=\"{kept}\"");
        }
    }

    [Fact]
    public async Task A_continuation_the_list_did_not_hand_out_is_refused_in_Vietnamese()
    {
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);

        var page = await session.GetAsync("/quy-trinh?tiep=trang-hai");

        page.Status.Should().Be(HttpStatusCode.BadRequest);
        page.Text.Should().Contain("Mã tiếp tục không hợp lệ");
    }

    [Fact]
    public async Task Paging_goes_forward_keeping_the_filters()
    {
        var prefix = $"trang-{Guid.NewGuid():N}-";
        await Task.WhenAll(Enumerable.Range(1, 27).Select(n => app.StartAsync(ConsoleOrchestrations.Waiting, $"{prefix}{n:00}")));
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);

        var first = await session.GetAsync($"/quy-trinh?ma={prefix}");
        var next = NextLink().Match(first.Html);
        var second = await session.GetAsync(WebUtility.HtmlDecode(next.Groups["href"].Value));

        Rows(first).Should().HaveCount(25);
        next.Success.Should().BeTrue();
        WebUtility.HtmlDecode(next.Groups["href"].Value).Should().Contain($"ma={prefix}").And.Contain("tiep=");
        Rows(second).Should().HaveCount(2);
        Rows(first).Concat(Rows(second)).Should().OnlyHaveUniqueItems().And.HaveCount(27);
        NextLink().IsMatch(second.Html).Should().BeFalse();
        second.Text.Should().Contain("Về trang đầu");
    }

    [Fact]
    public async Task The_unfiltered_list_goes_page_after_page_through_every_instance_once()
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        var ours = await Task.WhenAll(new[] { "1", "9", "B", "d" }.Select(first => app.StartAsync(ConsoleOrchestrations.Waiting, $"{first}-trang-{run}")));
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);

        var rows = await AllRowsAsync(session, "/quy-trinh");
        var engine = await app.Engine.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 1000 }).Select(i => i.InstanceId).ToListAsync();

        rows.Should().OnlyHaveUniqueItems().And.Contain(ours);
        rows.Should().BeEquivalentTo(engine, "the console lists what the engine's own query lists");
    }

    [Fact]
    public async Task An_organizer_sees_only_his_councils_instances()
    {
        var ours = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{await app.ConferenceAsync(app.Organizer, ConsoleAppFixture.Council)}");
        var theirs = await app.StartAsync(ConsoleOrchestrations.Waiting, $"{await app.ConferenceAsync(app.OtherOrganizer, ConsoleAppFixture.OtherCouncil)}");
        using var session = await SignedInAsync(ConsoleAppFixture.OrganizerEmail);

        var list = await AllRowsAsync(session, "/quy-trinh?trangThai=Running");

        list.Should().Contain(ours).And.NotContain(theirs);
        (await session.GetAsync("/quy-trinh")).Text.Should().Contain("Hội đồng nhân dân: HĐND tỉnh Quảng Trị").And.NotContain("HĐND tỉnh Biển Đông");
    }

    [Fact]
    public async Task The_instance_page_shows_what_it_waits_for_its_timeline_and_a_failure_with_its_stack()
    {
        // A real conference's workflow: it waits for its first reminder's timer and for changes.
        var conference = await app.ConferenceAsync(app.Organizer, ConsoleAppFixture.Council);
        (await app.Organizer.PostAsync($"/api/conferences/{conference}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var waiting = conference.ToString();
        await app.UntilAsync(waiting, i => i.SerializedCustomStatus?.Contains("reminder", StringComparison.Ordinal) == true, "waiting for its reminder");
        var failing = await app.StartAsync(ConsoleOrchestrations.Failing, $"trang-loi-{Guid.NewGuid():N}");
        await app.UntilAsync(failing, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);

        var running = await session.GetAsync($"/quy-trinh/{waiting}");
        var failed = await session.GetAsync($"/quy-trinh/{failing}");

        running.Status.Should().Be(HttpStatusCode.OK);
        running.Text.Should().Contain("Quy trình hội nghị").And.Contain("Đang chờ").And.Contain("Hẹn giờ đến lúc").And.Contain("Sự kiện ConferenceChange")
            .And.Contain("Bước xong : Đọc kế hoạch hội nghị (LoadConferencePlan)").And.Contain($"Đầu vào: [{{\"id\":\"{conference}\"}}]")
            .And.Contain("Bước xong : Gửi thư hội nghị (SendConferenceMail)").And.Contain("Kết quả: 1")
            .And.Contain("Đặt hẹn giờ").And.Contain("Bước tiếp theo nhắc người chưa trả lời (72 giờ trước hạn đăng ký)").And.Contain("Hội nghị: Đang mời");
        failed.Status.Should().Be(HttpStatusCode.OK);
        failed.Text.Should().Contain($"System.InvalidOperationException: {ConsoleOrchestrations.FailureMessage}")
            .And.Contain("Vết ngăn xếp").And.Contain("Bước lỗi : TestBoom").And.NotContain("Đang chờ");
        failed.Html.Should().Contain("<pre class=\"stack\">").And.Contain(" at ");
    }

    [Fact]
    public async Task A_post_that_names_no_action_is_refused_with_a_Vietnamese_page_and_changes_nothing()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Waiting, $"trang-khong-thao-tac-{Guid.NewGuid():N}");
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);
        var path = $"/quy-trinh/{id}";

        // The form of the resume/suspend/terminate buttons, sent without a button (as no browser sends it).
        foreach (var action in new[] { path, $"{path}?handler=KhongCo" })
        {
            var refused = await session.SubmitAsync(path, action, ("Reason", "không bấm nút nào"));

            refused.Status.Should().Be(HttpStatusCode.BadRequest);
            refused.Text.Should().Contain("Thao tác không hợp lệ").And.Contain("bấm nút của thao tác");
        }

        (await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running, "still running")).RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task A_reason_too_long_to_keep_is_refused_at_its_field_and_changes_nothing()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Waiting, $"trang-ly-do-dai-{Guid.NewGuid():N}");
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);
        var path = $"/quy-trinh/{id}";

        // A megabyte, as a careless client posts it: the audit record could not hold it, and the page answered 500.
        var refused = await session.SubmitAsync(path, $"{path}?handler=Terminate", ("Reason", new string('r', 1_000_000)), ("confirmed", "true"));

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Text.Should().Contain("Lý do dài quá 1.000 ký tự");
        (await app.Engine.GetInstanceAsync(id))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running);
        (await app.Factory.Services.GetRequiredService<Functions.Management.ManagementAudit>().ListAsync(id, 10, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task Actions_are_confirmed_then_done_and_recorded_with_who_did_them()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Waiting, $"trang-thao-tac-{Guid.NewGuid():N}");
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);
        var path = $"/quy-trinh/{id}";

        var asked = await session.SubmitAsync(path, $"{path}?handler=Suspend", ("Reason", "bảo trì hộp thư"));
        asked.Status.Should().Be(HttpStatusCode.OK);
        asked.Text.Should().Contain("Tạm dừng quy trình?").And.Contain("Xác nhận tạm dừng").And.Contain("bảo trì hộp thư");
        (await app.Engine.GetInstanceAsync(id))!.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Running, "the first step changes nothing");

        var suspended = await session.SubmitAsync(path, $"{path}?handler=Suspend", ("Reason", "bảo trì hộp thư"), ("confirmed", "true"));
        suspended.Status.Should().Be(HttpStatusCode.Redirect);
        suspended.Location!.OriginalString.Should().Be($"{path}?tb=Suspend");
        await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Suspended, "suspended");
        var page = await session.GetAsync(suspended.Location.OriginalString);
        page.Text.Should().Contain("Đã gửi yêu cầu tạm dừng").And.Contain("tạm dừng, bởi Lê Quản Trị (bảo trì hộp thư)");

        (await session.SubmitAsync(path, $"{path}?handler=Resume", ("confirmed", "true"))).Status.Should().Be(HttpStatusCode.Redirect);
        await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running, "running again");

        var broken = await session.SubmitAsync(path, $"{path}?handler=RaiseEvent", ("EventName", "ConferenceChange"), ("Payload", "{\"what\":"));
        broken.Status.Should().Be(HttpStatusCode.BadRequest);
        broken.Text.Should().Contain("Nội dung sự kiện phải là JSON hợp lệ");
        broken.Html.Should().Contain("{&quot;what&quot;:", "what was typed is kept");

        (await session.SubmitAsync(path, $"{path}?handler=RaiseEvent", ("EventName", "ConferenceChange"), ("Payload", "{\"what\":\"đã xem\"}"), ("confirmed", "true")))
            .Status.Should().Be(HttpStatusCode.Redirect);
        (await app.UntilAsync(id, i => i.IsCompleted, "completed")).ReadOutputAs<string>().Should().Be("đã xem");

        var purged = await session.SubmitAsync(path, $"{path}?handler=Purge", ("confirmed", "true"));
        purged.Status.Should().Be(HttpStatusCode.Redirect);
        (await session.GetAsync(purged.Location!.OriginalString)).Text.Should().Contain("Đã xóa lịch sử của quy trình.");
        (await session.GetAsync(path)).Status.Should().Be(HttpStatusCode.NotFound);
        var audit = await app.Factory.Services.GetRequiredService<Functions.Management.ManagementAudit>().ListAsync(id, 10, CancellationToken.None);
        audit.Select(a => a.Action.ToString()).Should().Equal("Purge", "RaiseEvent", "Resume", "Suspend");
        audit.Should().OnlyContain(a => a.Email == ConsoleAppFixture.AdministratorEmail, "the record outlives the purge and says who");
    }

    [Fact]
    public async Task A_failed_instance_is_restarted_from_the_list_after_confirmation()
    {
        var id = await app.StartAsync(ConsoleOrchestrations.Flaky, $"trang-chay-lai-{Guid.NewGuid():N}");
        await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Failed, "failed");
        using var session = await SignedInAsync(ConsoleAppFixture.AdministratorEmail);
        var list = $"/quy-trinh?trangThai=Failed&ma={id}";

        var asked = await session.SubmitAsync(list, $"/quy-trinh/{id}?handler=Restart");
        var restarted = await session.SubmitAsync(list, $"/quy-trinh/{id}?handler=Restart", ("confirmed", "true"));

        asked.Status.Should().Be(HttpStatusCode.OK);
        asked.Text.Should().Contain("Chạy lại quy trình từ đầu với đầu vào cũ?");
        restarted.Status.Should().Be(HttpStatusCode.Redirect);
        (await app.UntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Completed, "completed after the restart"))
            .ReadOutputAs<string>().Should().EndWith("lần hai thì được");
    }

    private async Task<PageSession> SignedInAsync(string email)
    {
        var session = app.NewSession();
        await session.SignInAsync(email);
        return session;
    }

    private static List<string> Rows(PageResponse page) => [.. Row().Matches(page.Html).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value))];

    private static async Task<List<string>> AllRowsAsync(PageSession session, string path)
    {
        var rows = new List<string>();
        for (string? next = path; next is not null;)
        {
            var page = await session.GetAsync(next);
            page.Status.Should().Be(HttpStatusCode.OK);
            rows.AddRange(Rows(page));
            next = NextLink().Match(page.Html) is { Success: true } link ? WebUtility.HtmlDecode(link.Groups["href"].Value) : null;
        }

        return rows;
    }

    [GeneratedRegex("<tr data-instance=\"(?<id>[^\"]+)\">")]
    private static partial Regex Row();

    [GeneratedRegex("<a class=\"button\" href=\"(?<href>[^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b")]
    private static partial Regex DateTimeText();
}
