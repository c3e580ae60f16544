using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Email;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Tests.Conferences;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// Conferences taken through their invitations to held (the clock moved past them), and conclusions published
/// through the JSON API, for the conclusion and portal pages to show.
/// </summary>
public static class HeldConferences
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A conference with three invitees, the first two accepting, the third declining; the clock moved past it, and
    /// returned once its conclusion exists (the conference's workflow marked it held).
    /// </summary>
    public static async Task<Guid> HeldAsync(PagesAppFixture app, string prefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        var people = PlannedConferences.Invitees(prefix, 3);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        await AnswerAsync(app, Mailbox.TokenIn(invitations[0]), new AnswerInput(AnswerInput.Accept));
        await AnswerAsync(app, Mailbox.TokenIn(invitations[1]), new AnswerInput(AnswerInput.Accept));
        await AnswerAsync(app, Mailbox.TokenIn(invitations[2]), new AnswerInput(AnswerInput.Decline, "Trùng lịch công tác"));
        app.Clock.Advance(TimeSpan.FromDays(11));
        await Eventually.GetAsync(
            async () => (await app.Organizer.GetAsync(Api(conference.Id))).StatusCode == HttpStatusCode.OK ? (object)true : null,
            TimeSpan.FromSeconds(60),
            "The conference held and its conclusion opened");
        return conference.Id;
    }

    /// <summary>A held conference whose conclusion is recorded, submitted and approved through the API, and published.</summary>
    public static async Task<Guid> PublishedAsync(PagesAppFixture app, string prefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = await HeldAsync(app, prefix);
        (await app.Organizer.PutAsJsonAsync($"{Api(id)}/outcome", Outcome())).StatusCode.Should().Be(HttpStatusCode.OK);
        await UntilAsync(app, id, c => c.Revision == 1, "The first draft");
        (await app.Organizer.PostAsync(new Uri($"{Api(id)}/submit", UriKind.Relative), null)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var approver = Approver(app);
        (await approver.PostAsync(new Uri($"{Api(id)}/approve", UriKind.Relative), null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await UntilAsync(app, id, c => c.Status == "Published", "Publication");
        return id;
    }

    public static OutcomeInput Outcome() => new()
    {
        Assessment = ["Hội nghị đã tập trung đánh giá kết quả hoạt động của HĐND các cấp 6 tháng đầu năm."],
        Figures = [new FigureStatementInput("Từ đầu nhiệm kỳ, HĐND tỉnh", [new FigureInput("tổ chức", 12, "kỳ họp"), new FigureInput("ban hành", 145, "nghị quyết")])],
        PresidingChair = new PresidingChairInput("Nguyễn Đăng Quang", ["Ủy viên BTV Tỉnh ủy"], ["Chủ tịch HĐND tỉnh"]),
        Conclusions = ["đánh giá cao sự chuẩn bị chu đáo của Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
        Directives = ["Tăng cường hoạt động giám sát"],
        FieldVisit = new FieldVisitInput("mô hình tiếp xúc cử tri tại xã Hải Phú", "Chiều cùng ngày"),
        Authors = ["Minh Anh", "Thu Hà"],
    };

    public static string Api(Guid id) => $"/api/conferences/{id}/conclusion";

    public static Task<ConclusionResponse> UntilAsync(PagesAppFixture app, Guid id, Func<ConclusionResponse, bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(app);
        return Eventually.GetAsync(
            async () => await app.Organizer.GetFromJsonAsync<ConclusionResponse>(new Uri(Api(id), UriKind.Relative), Json) is { } c && condition(c) ? c : null,
            TimeSpan.FromSeconds(60),
            what);
    }

    /// <summary>
    /// The conclusion e-mail of <paramref name="purpose"/> and round to <paramref name="address"/> about conference
    /// <paramref name="id"/>: the tests of the collection share the council, so its approver and organizer get the
    /// e-mails of every test's conference.
    /// </summary>
    public static Task<DevMailMessage> MailAsync(PagesAppFixture app, Guid id, string address, string purpose, int round)
    {
        ArgumentNullException.ThrowIfNull(app);
        return Eventually.GetAsync(
            async () => (await app.Mail.ToAsync(address)).FirstOrDefault(m =>
                m.CustomArgs.GetValueOrDefault(EmailCustomArgs.InvitationId, string.Empty).StartsWith($"{id}-", StringComparison.Ordinal)
                && m.CustomArgs.GetValueOrDefault(EmailCustomArgs.Purpose) == purpose
                && m.CustomArgs.GetValueOrDefault(EmailCustomArgs.Revision) == round.ToString(CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(60),
            $"The {purpose} e-mail (round {round}) about {id} to {address}");
    }

    /// <summary>A client of the JSON API acting as the development council's approver.</summary>
    public static HttpClient Approver(PagesAppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var key = app.Factory.Services.GetRequiredService<IOptions<DirectoryOptions>>().Value.ApiKeys.Single(k => k.Name == "dev-approver").Key;
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task AnswerAsync(PagesAppFixture app, string token, AnswerInput answer)
    {
        using var response = await app.Organizer.PostAsJsonAsync($"/api/invitations/{token}/answer", answer);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
