using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Domain.Calendar;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences.Inbound;
using HdndWorkflow.Functions.Tests.Conferences;
using HdndWorkflow.Functions.Tests.Inbound;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>
/// Steps of the conclusion tests, through HTTP only: a conference planned, its invitations answered and the clock
/// moved past its end (the conference's workflow marks it held and hands over), then the conclusion's API.
/// </summary>
internal sealed class ConclusionScenario(ClockedAppFixture app)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Conference { get; private set; }

    public IReadOnlyList<InviteeInput> People { get; private set; } = [];

    public string Api => $"/api/conferences/{Conference}/conclusion";

    /// <summary>
    /// A conference two days ahead with four invitees (one accepts, one declines, one sends a deputy, one stays
    /// silent or, with <paramref name="maybe"/>, presses "Maybe" in its calendar), held once the clock passes its end;
    /// returns when its conclusion exists.
    /// </summary>
    public async Task<ConclusionResponse> HeldAsync(string prefix, bool maybe = false)
    {
        People =
        [
            new InviteeInput("Phạm Văn Tham Dự", "Chủ tịch HĐND xã", "Xã Triệu Phong", Address(prefix, "accepts")),
            new InviteeInput("Võ Thị Vắng Mặt", "Chủ tịch HĐND phường", "Phường Đông Hà", Address(prefix, "declines")),
            new InviteeInput("Lê Văn Bận", "Chủ tịch HĐND đặc khu", "Đặc khu Cồn Cỏ", Address(prefix, "deputy")),
            new InviteeInput("Thường trực HĐND xã Gio Linh", null, null, Address(prefix, "silent"), Unit: true),
        ];
        var today = Today();
        var created = await app.Organizer.PostAsJsonAsync("/api/conferences", new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "ExperienceExchange",
            Ordinal = 5,
            Date = Iso(today.PlusDays(2)),
            Start = "08:00",
            End = "11:30",
            Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
            CoChairs = [new CoChairInput("Nguyễn Chiến Thắng", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
            Invitees = People,
            RegistrationDeadline = $"{Iso(today.PlusDays(1))}T17:00",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Conference = (await created.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!.Id;
        (await app.Organizer.PostAsync($"/api/conferences/{Conference}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        var invitations = await Task.WhenAll(People.Select(p => app.Mail.WaitForAsync(p.Email!, "invitation")));
        var tokens = invitations.Select(Mailbox.TokenIn).ToArray();
        await AnswerAsync(tokens[0], new AnswerInput(AnswerInput.Accept));
        await AnswerAsync(tokens[1], new AnswerInput(AnswerInput.Decline, "Trùng lịch công tác"));
        await AnswerAsync(tokens[2], new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput("Trần Thị Dự Thay", "Phó Chủ tịch HĐND đặc khu", Address(prefix, "stand-in"))));
        if (maybe)
        {
            await MaybeAsync(invitations[3]);
        }

        app.Clock.Advance(TimeSpan.FromDays(3));
        return await Eventually.GetAsync(
            async () => await app.Organizer.GetAsync(Api) is { StatusCode: HttpStatusCode.OK } ok ? await ok.Content.ReadFromJsonAsync<ConclusionResponse>(Json) : null,
            TimeSpan.FromSeconds(60),
            "The conference held and its conclusion opened");
    }

    public static OutcomeInput Outcome() => new()
    {
        Assessment =
        [
            "Hội nghị đã tập trung đánh giá kết quả hoạt động của HĐND các cấp 6 tháng đầu năm.",
            "Các đại biểu đã trao đổi kinh nghiệm trong giám sát, tiếp xúc cử tri và giải quyết kiến nghị của cử tri.",
        ],
        Figures =
        [
            new FigureStatementInput("HĐND các cấp",
            [
                new FigureInput("tổ chức", 58, "kỳ họp")
                {
                    Breakdown =
                    [
                        new FigureInput("cấp tỉnh", 5, "kỳ") { Breakdown = [new FigureInput(null, 2, "kỳ thường lệ"), new FigureInput(null, 3, "kỳ chuyên đề")] },
                        new FigureInput("cấp xã", 53, "kỳ"),
                    ],
                },
                new FigureInput("Ban hành", 41, "Nghị quyết"),
            ]) { Period = "6 tháng đầu năm" },
        ],
        Discussion = new DiscussionInput(["Việc giải quyết kiến nghị cử tri còn chậm"], ["Tổ chức tập huấn kỹ năng giám sát cho đại biểu HĐND cấp xã"]),
        PresidingChair = new PresidingChairInput("Nguyễn Chiến Thắng", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
        Conclusions = ["đánh giá cao sự chuẩn bị chu đáo của Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
        Directives = ["Tiếp tục đổi mới, nâng cao chất lượng các kỳ họp", "Tăng cường hoạt động giám sát"],
        FieldVisit = new FieldVisitInput("mô hình tiếp xúc cử tri tại xã Triệu Phong", "Chiều cùng ngày"),
        Authors = ["Minh Anh", "Thu Hà"],
    };

    /// <summary>Records the outcome and waits for the workflow's first draft.</summary>
    public async Task<ConclusionResponse> DraftedAsync()
    {
        (await Send(app.Organizer.PutAsJsonAsync($"{Api}/outcome", Outcome()))).Status.Should().Be("Drafting");
        return await UntilAsync(c => c.Revision == 1, "The first draft");
    }

    public async Task<ConclusionResponse> Send(Task<HttpResponseMessage> request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await request;
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConclusionResponse>(Json))!;
    }

    public async Task<ConclusionResponse> GetAsync() => (await app.Organizer.GetFromJsonAsync<ConclusionResponse>(Api, Json))!;

    public Task<ConclusionResponse> UntilAsync(Func<ConclusionResponse, bool> condition, string what) => Eventually.GetAsync(
        async () => await GetAsync() is var c && condition(c) ? c : null, TimeSpan.FromSeconds(60), what);

    /// <summary>The e-mail of <paramref name="purpose"/> and round or revision about this conference to <paramref name="address"/>.</summary>
    public Task<DevMailMessage> MailAsync(string address, string purpose, int revision = 0) => Eventually.GetAsync(
        async () => (await MailsAsync(address)).FirstOrDefault(m =>
            m.CustomArgs.GetValueOrDefault("purpose") == purpose && m.CustomArgs.GetValueOrDefault("revision") == revision.ToString(CultureInfo.InvariantCulture)),
        TimeSpan.FromSeconds(60),
        $"The {purpose} e-mail ({revision}) to {address}");

    /// <summary>Every e-mail about this conference's conclusion to <paramref name="address"/>.</summary>
    public async Task<IReadOnlyList<DevMailMessage>> MailsAsync(string address) =>
        [.. (await app.Mail.ToAsync(address)).Where(m => m.CustomArgs.GetValueOrDefault("invitation_id", string.Empty).StartsWith($"{Conference}-", StringComparison.Ordinal))];

    /// <summary>The custom status of an orchestration, read by the administrator.</summary>
    public async Task<JsonElement> InstanceAsync(string instanceId) =>
        await app.Administrator.GetFromJsonAsync<JsonElement>($"{HdndWorkflow.Functions.Management.Api.ManagementApi.Root}/{Uri.EscapeDataString(instanceId)}");

    public Task<string> OutputAsync(string instanceId) => Eventually.GetAsync(
        async () => await InstanceAsync(instanceId) is var status && status.GetProperty("runtimeStatus").GetString() == "Completed"
            ? status.GetProperty("output").GetString()
            : null,
        TimeSpan.FromSeconds(60),
        $"The end of {instanceId}");

    /// <summary>
    /// Waits until the orchestration waits for <paramref name="next"/> (its timers set, nothing to do until then) and
    /// returns the conclusion's status it shows.
    /// </summary>
    public Task<string> WaitingForAsync(string instanceId, string next) => Eventually.GetAsync(
        async () => await InstanceAsync(instanceId) is var status && status.GetProperty("customStatus") is { ValueKind: JsonValueKind.Object } progress
            && progress.GetProperty("next").GetString() == next ? progress.GetProperty("status").GetString() : null,
        TimeSpan.FromSeconds(60),
        $"{instanceId} waiting for {next}");

    public LocalDate Today() => VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;

    // The invitee presses "Maybe" in Gmail: a calendar REPLY to the invitation's signed address, through the inbound route.
    private async Task MaybeAsync(DevMailMessage invitation)
    {
        var secret = app.Factory.Services.GetRequiredService<IOptions<InboundOptions>>().Value.RouteSecret;
        var replyTo = invitation.ReplyTo!.Address;
        var post = new InboundPost(invitation.To.Address, replyTo, $"Đã chấp nhận có điều kiện: {invitation.Subject}", "Có thể tham dự")
        {
            Calendar = CalendarReplies.Gmail(ConferenceCalendar.Uid(new ConferenceId(Conference)), 0, invitation.To.Address, "TENTATIVE", replyTo),
        };
        using var content = post.ToContent();
        using var response = await app.Anonymous.PostAsync($"/api/inbound/sendgrid/{secret}", content);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task AnswerAsync(string token, AnswerInput answer) =>
        (await app.Anonymous.PostAsJsonAsync($"/api/invitations/{token}/answer", answer)).StatusCode.Should().Be(HttpStatusCode.OK);

    private static string Address(string prefix, string who) => $"{prefix}-{who}-{Guid.NewGuid():N}@example.vn";

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
