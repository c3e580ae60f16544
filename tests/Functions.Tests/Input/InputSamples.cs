using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Conferences;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>Valid requests of the organizer API for the input tests, dated from the fixture's clock.</summary>
internal static class InputSamples
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A valid conference ten days ahead with <paramref name="invitees"/> invitees.</summary>
    public static ConferenceInput Conference(ClockedAppFixture app, string prefix, int invitees = 2)
    {
        var today = Today(app);
        return new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "Briefing",
            Ordinal = 3,
            Date = Iso(today.PlusDays(10)),
            Start = "08:00",
            End = "11:30",
            Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
            CoChairs = [new CoChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
            Agenda = [new AgendaInput("Báo cáo kết quả hoạt động quý III", "Văn phòng", "08:15")],
            Invitees = Invitees(prefix, invitees),
            RegistrationDeadline = $"{Iso(today.PlusDays(7))}T17:00",
            ReminderHours = [72, 24],
        };
    }

    public static List<InviteeInput?> Invitees(string prefix, int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new InviteeInput(
            $"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã số {i}", $"{prefix}-{i}-{Guid.NewGuid():N}@example.vn")),
    ];

    public static async Task<ConferenceResponse> CreateAsync(ClockedAppFixture app, ConferenceInput input)
    {
        var response = await app.Organizer.PostAsJsonAsync("/api/conferences", input);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!;
    }

    /// <summary>A conference whose invitations have gone out and been marked sent; the personal links' tokens.</summary>
    public static async Task<(ConferenceResponse Conference, IReadOnlyList<string> Tokens)> InvitingAsync(ClockedAppFixture app, string prefix, int invitees)
    {
        var input = Conference(app, prefix, invitees);
        var conference = await CreateAsync(app, input);
        (await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var mails = await Task.WhenAll(input.Invitees!.Select(i => app.Mail.WaitForAsync(i!.Email!, "invitation")));
        await Eventually.GetAsync(
            async () => (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{conference.Id}/roll", Json))!.Entries.All(e => e.Invited) ? "sent" : null,
            TimeSpan.FromSeconds(60),
            "The invitations marked as sent");
        return (conference, [.. mails.Select(Mailbox.TokenIn)]);
    }

    public static LocalDate Today(ClockedAppFixture app) => VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
