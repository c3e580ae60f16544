using System.Net;
using System.Net.Http.Json;
using HdndWorkflow.Domain;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Conclusions;
using static HdndWorkflow.Functions.Tests.Input.RequestValidationTests;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>
/// Every text has a maximum (domain/InputLimits.cs), checked before anything is written: an oversized text is a 400
/// naming the limit, never a 500 from the storage's limits, and a refused create leaves no row behind. At every
/// maximum, what is stored still fits the storage's limits.
/// </summary>
[Collection(InputAppCollection.Name)]
public sealed class TextLimitTests(InputAppFixture app)
{
    // The longest UTF-16 character in UTF-8 (3 bytes), and one JSON escapes by default: the worst case for storage.
    private const char Wide = 'ệ';

    private static readonly string Huge = new(Wide, 100_000);

    [Fact]
    public async Task Oversized_texts_of_a_new_conference_are_refused_with_their_limits_and_leave_no_row()
    {
        var before = await app.ConferencesAsync();
        var input = InputSamples.Conference(app, "oversized", invitees: 3) with
        {
            Venue = new VenueInput(Huge, null),
            CoChairs = [new CoChairInput(Huge, ["Ủy viên BTV Tỉnh ủy"], [])],
            Agenda = [new AgendaInput(Huge, null, null)],
        };
        input = input with
        {
            Invitees = [input.Invitees![0]! with { Name = Huge }, input.Invitees[1]! with { Name = "Nguyễn\0Văn A" }, input.Invitees[2]! with { Organization = "=HYPERLINK(\"http://evil.example\")" }],
        };

        var errors = await ErrorsAsync(await app.Organizer.PostAsJsonAsync("/api/conferences", input));

        errors.Should().ContainKey("venue.name").WhoseValue.Should().Equal("Tên địa điểm dài 100.000 ký tự, vượt quá giới hạn 250 ký tự.");
        errors.Should().ContainKey("coChairs[0].name").WhoseValue.Should().Equal("Họ tên đồng chủ trì dài 100.000 ký tự, vượt quá giới hạn 100 ký tự.");
        errors.Should().ContainKey("agenda[0].title").WhoseValue.Should().Equal("Nội dung chương trình dài 100.000 ký tự, vượt quá giới hạn 300 ký tự.");
        errors.Should().ContainKey("invitees[0].name").WhoseValue.Should().Equal("Họ tên khách mời dài 100.000 ký tự, vượt quá giới hạn 100 ký tự.");
        errors.Should().ContainKey("invitees[1].name").WhoseValue.Single().Should().Contain("ký tự điều khiển");
        errors.Should().ContainKey("invitees[2].organization").WhoseValue.Single().Should().Contain("không được bắt đầu bằng ký tự “=”");
        (await app.StoredRowsAsync(before)).Should().BeEmpty("a refused create stores neither the conference nor its invitations");
    }

    [Fact]
    public async Task A_conference_with_every_text_at_its_maximum_is_stored_rescheduled_and_read_back_whole()
    {
        static string Max(int length) => new(Wide, length);
        static List<string?> Titles() => [.. Enumerable.Range(0, InputLimits.TitlesPerPerson / 2).Select(_ => Max(InputLimits.Title))];
        var input = InputSamples.Conference(app, "maximum") with
        {
            Venue = new VenueInput(Max(InputLimits.VenueName), Max(InputLimits.VenueAddress)),
            CoChairs = [.. Enumerable.Range(0, InputLimits.CoChairs).Select(_ => new CoChairInput(Max(InputLimits.PersonName), Titles(), Titles()))],
            Agenda = [.. Enumerable.Range(0, InputLimits.AgendaItems).Select(_ => new AgendaInput(Max(InputLimits.AgendaTitle), Max(InputLimits.AgendaPresenter), "08:15"))],
            ReminderHours = [.. Enumerable.Range(1, InputLimits.Reminders)],
        };

        var created = await InputSamples.CreateAsync(app, input);
        var rescheduled = await app.Organizer.PostAsJsonAsync($"/api/conferences/{created.Id}/reschedule", new RescheduleInput(
            InputSamples.Iso(InputSamples.Today(app).PlusDays(12)), "14:00", "16:00", $"{InputSamples.Iso(InputSamples.Today(app).PlusDays(9))}T17:00"));

        rescheduled.StatusCode.Should().Be(HttpStatusCode.OK, "the announced version is kept beside the new one, each at most 64 KiB");
        var read = (await app.Organizer.GetFromJsonAsync<ConferenceResponse>($"/api/conferences/{created.Id}", InputSamples.Json))!;
        read.Venue.Should().Be(input.Venue);
        read.CoChairs.Select(c => c.Name).Should().Equal(input.CoChairs.Select(c => c!.Name));
        read.Agenda.Select(a => a.Title).Should().Equal(input.Agenda.Select(a => a!.Title));
    }

    [Fact]
    public async Task An_oversized_answer_is_refused_and_changes_nothing()
    {
        var (conference, tokens) = await InputSamples.InvitingAsync(app, "oversized-answer", 1);
        var answer = $"/api/invitations/{tokens[0]}/answer";

        var declined = await ErrorsAsync(await app.Anonymous.PostAsJsonAsync(answer, new AnswerInput(AnswerInput.Decline, Huge)));
        var deputy = await ErrorsAsync(await app.Anonymous.PostAsJsonAsync(answer, new AnswerInput(
            AnswerInput.SendDeputy, Deputy: new DeputyInput(Huge, "=1+1", $"du-thay-{Guid.NewGuid():N}@example.vn"))));
        var control = await ErrorsAsync(await app.Anonymous.PostAsJsonAsync(answer, new AnswerInput(
            AnswerInput.SendDeputy, Deputy: new DeputyInput("Trần\u0007Thị B", "Phó Giám đốc", $"du-thay-{Guid.NewGuid():N}@example.vn"))));

        declined.Should().ContainKey("reason").WhoseValue.Should().Equal("Lý do không tham dự dài 100.000 ký tự, vượt quá giới hạn 1.000 ký tự.");
        deputy.Keys.Should().BeEquivalentTo(["response.deputy.name", "response.deputy.title"]);
        control.Keys.Should().Equal("response.deputy.name");
        (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{conference.Id}/roll", InputSamples.Json))!.Counts.NotAnswered.Should().Be(1);
    }

    [Fact]
    public async Task An_oversized_outcome_draft_or_comment_is_refused_and_an_outcome_at_its_maximum_is_drafted()
    {
        var scenario = new ConclusionScenario(app);
        await scenario.HeldAsync("oversized-outcome");
        var megabyte = ConclusionScenario.Outcome() with { Assessment = [new string('a', 1_000_000)] };

        var refused = await ErrorsAsync(await app.Organizer.PutAsJsonAsync($"{scenario.Api}/outcome", megabyte));

        refused.Should().ContainKey("assessment[0]").WhoseValue.Should().Equal("Đoạn văn dài 1.000.000 ký tự, vượt quá giới hạn 5.000 ký tự.");
        refused.Should().ContainKey("outcome").WhoseValue.Single().Should().Contain("vượt quá giới hạn 20.000 ký tự");

        // At the maximum: 20,000 characters in paragraphs of 4,000, the widest kind; drafted into an article and a notice.
        var widest = ConclusionScenario.Outcome() with
        {
            Assessment = [.. Enumerable.Range(0, 3).Select(_ => new string(Wide, 4_000))],
            Conclusions = ["đ" + new string(Wide, 3_999)],
            Directives = [],
            Discussion = null,
            FieldVisit = null,
        };
        // The figures, the chair and the authors take the rest of the total, under 400 characters.
        var total = widest.Assessment!.Sum(p => p!.Length) + widest.Conclusions!.Sum(p => p!.Length) + 400;
        widest = widest with { Directives = [new string(Wide, InputLimits.OutcomeText - total)] };
        (await scenario.Send(app.Organizer.PutAsJsonAsync($"{scenario.Api}/outcome", widest))).Status.Should().Be("Drafting");
        var drafted = await scenario.UntilAsync(c => c.Revision == 1, "The first draft of the longest outcome");

        var title = await ErrorsAsync(await app.Organizer.PutAsJsonAsync($"{scenario.Api}/draft", new DraftInput { Article = new ArticleInput(Title: Huge) }));
        var note = await ErrorsAsync(await app.Organizer.PostAsJsonAsync($"{scenario.Api}/submit", new SubmitInput(Huge)));

        title.Should().ContainKey("article.title").WhoseValue.Should().Equal("Tiêu đề bài viết dài 100.000 ký tự, vượt quá giới hạn 500 ký tự.");
        note.Should().ContainKey("note").WhoseValue.Should().Equal("Ghi chú gửi người duyệt dài 100.000 ký tự, vượt quá giới hạn 2.000 ký tự.");
        (await scenario.GetAsync()).Should().BeEquivalentTo(drafted, "nothing refused was stored");
    }
}
