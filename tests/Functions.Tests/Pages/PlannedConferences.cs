using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Conferences.Api;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>Conferences planned through the organizer's JSON API (the dev organizer's key), for the pages to show.</summary>
public static class PlannedConferences
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>People with unique addresses, so that a test finds its own e-mails in the shared mailbox.</summary>
    public static List<InviteeInput> Invitees(string prefix, int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new InviteeInput(
            $"Nguyễn Văn Đại Biểu {i}", "Chủ tịch HĐND xã", $"Xã Hải Phú {i}", $"{prefix}-{i}-{Guid.NewGuid():N}@example.vn")),
    ];

    /// <summary>A briefing ten days ahead (by the fixture's clock), registration until three days before.</summary>
    public static ConferenceInput Input(PagesAppFixture app, IReadOnlyList<InviteeInput> people) => Input(Today(app), people);

    /// <summary>A briefing ten days after <paramref name="today"/>, registration until three days before.</summary>
    public static ConferenceInput Input(LocalDate today, IReadOnlyList<InviteeInput> people)
    {
        return new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "ExperienceExchange",
            Ordinal = 5,
            Date = Iso(today.PlusDays(10)),
            Start = "08:00",
            End = "11:30",
            Venue = new VenueInput("Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Số 1 Hùng Vương, Đông Hà"),
            CoChairs =
            [
                new CoChairInput("Nguyễn Đăng Quang", ["Ủy viên BTV Tỉnh ủy"], ["Chủ tịch HĐND tỉnh"]),
                new CoChairInput("Lê Thị Thu Hà", [], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
            ],
            Agenda = [new AgendaInput("Đánh giá kết quả hoạt động 6 tháng đầu năm", "Văn phòng HĐND tỉnh", "08:15")],
            Invitees = people,
            RegistrationDeadline = $"{Iso(today.PlusDays(7))}T17:00",
        };
    }

    public static async Task<ConferenceResponse> CreateAsync(PagesAppFixture app, IReadOnlyList<InviteeInput> people)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var response = await app.Organizer.PostAsJsonAsync("/api/conferences", Input(app, people));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!;
    }

    /// <summary>A conference whose invitations went out: it, and each person's invitation e-mail, in order.</summary>
    public static async Task<(ConferenceResponse Conference, DevMailMessage[] Invitations)> InvitedAsync(PagesAppFixture app, IReadOnlyList<InviteeInput> people)
    {
        ArgumentNullException.ThrowIfNull(app);
        var conference = await CreateAsync(app, people);
        using var start = await app.Organizer.PostAsync(new Uri($"/api/conferences/{conference.Id}/start", UriKind.Relative), null);
        start.StatusCode.Should().Be(HttpStatusCode.Accepted, await start.Content.ReadAsStringAsync());
        var invitations = await Task.WhenAll(people.Select(p => app.Mail.WaitForAsync(p.Email!, "invitation")));
        return (conference, invitations);
    }

    public static async Task<RollResponse> RollAsync(PagesAppFixture app, Guid id)
    {
        ArgumentNullException.ThrowIfNull(app);
        return (await app.Organizer.GetFromJsonAsync<RollResponse>(new Uri($"/api/conferences/{id}/roll", UriKind.Relative), Json))!;
    }

    public static async Task<ConferenceResponse> GetAsync(PagesAppFixture app, Guid id)
    {
        ArgumentNullException.ThrowIfNull(app);
        return (await app.Organizer.GetFromJsonAsync<ConferenceResponse>(new Uri($"/api/conferences/{id}", UriKind.Relative), Json))!;
    }

    public static LocalDate Today(PagesAppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;
    }

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
