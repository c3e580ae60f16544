using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Pages;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>The conference's own title through the organizer API: set, changed, cleared, refused when too long or broken.</summary>
[Collection(PagesAppCollection.Name)]
public sealed class ConferenceOwnTitleApiTests(PagesAppFixture app)
{
    private const string Composed = "Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã lần thứ năm, nhiệm kỳ";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Own_title_is_set_on_creation_changed_by_an_edit_and_cleared_back_to_the_composed_title()
    {
        var input = PlannedConferences.Input(app, PlannedConferences.Invitees("own-title", 1)) with
        {
            OwnTitle = " Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2026 ",
        };

        using var created = await app.Organizer.PostAsJsonAsync("/api/conferences", input);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var conference = (await created.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!;
        conference.Title.Should().Be("Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2026");
        conference.OwnTitle.Should().Be("Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2026");
        (await PlannedConferences.GetAsync(app, conference.Id)).Title.Should().Be("Hội nghị giao ban Thường trực HĐND tỉnh quý III năm 2026");

        using var edited = await app.Organizer.PutAsJsonAsync($"/api/conferences/{conference.Id}", input with
        {
            OwnTitle = "Hội nghị giao ban lần thứ nhất, nhiệm kỳ 2026 – 2031",
        });
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await PlannedConferences.GetAsync(app, conference.Id)).Title.Should().Be("Hội nghị giao ban lần thứ nhất, nhiệm kỳ 2026 – 2031");

        using var cleared = await app.Organizer.PutAsJsonAsync($"/api/conferences/{conference.Id}", input with { OwnTitle = "" });
        cleared.StatusCode.Should().Be(HttpStatusCode.OK, await cleared.Content.ReadAsStringAsync());
        var stored = await PlannedConferences.GetAsync(app, conference.Id);
        stored.OwnTitle.Should().BeNull();
        stored.Title.Should().StartWith(Composed);
    }

    [Fact]
    public async Task Own_title_too_long_or_on_two_lines_is_refused_with_problem_details_and_nothing_changes()
    {
        var input = PlannedConferences.Input(app, PlannedConferences.Invitees("own-title-long", 1));
        var tooLong = input with { OwnTitle = "Hội nghị " + new string('x', 250) };

        using var refused = await app.Organizer.PostAsJsonAsync("/api/conferences", tooLong);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json);
        problem.GetProperty("errors").GetProperty("ownTitle")[0].GetString().Should().Be("Tên hội nghị không được dài quá 250 ký tự.");
        (await app.Organizer.GetFromJsonAsync<List<ConferenceResponse>>("/api/conferences", Json))!
            .Should().NotContain(c => c.Title.StartsWith("Hội nghị xxx", StringComparison.Ordinal));

        var conference = await PlannedConferences.CreateAsync(app, PlannedConferences.Invitees("own-title-lines", 1));
        using var twoLines = await app.Organizer.PutAsJsonAsync($"/api/conferences/{conference.Id}", input with { OwnTitle = "Hội nghị giao ban\nquý III" });
        twoLines.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await twoLines.Content.ReadAsStringAsync()).Should().Contain("Tên hội nghị phải viết trên một dòng.");
        (await PlannedConferences.GetAsync(app, conference.Id)).Title.Should().StartWith(Composed);
    }
}
