using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Conclusions;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>
/// What the organizer API does with input it cannot use: 400 problem details, never a 500, with every error at once
/// (issues #11 and #12). The app runs in Development, where an unreadable body used to surface as a 500.
/// </summary>
[Collection(InputAppCollection.Name)]
public sealed class RequestValidationTests(InputAppFixture app)
{
    [Theory]
    [InlineData("{\"coChairs\": \"Nguyễn Văn A\"}", "$.coChairs")]
    [InlineData("{\"ordinal\": \"ba\"}", "$.ordinal")]
    [InlineData("{\"kind\": \"Briefing\",", "$")]
    [InlineData("", null)]
    public async Task A_body_that_cannot_be_read_is_a_400_problem_saying_where(string body, string? where)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await app.Organizer.PostAsync("/api/conferences", content);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().Should().Be("Yêu cầu không đọc được.");
        if (where is not null)
        {
            problem.GetProperty("detail").GetString().Should().Contain($"Nội dung JSON không hợp lệ tại {where}");
        }
    }

    [Fact]
    public async Task Null_lists_and_null_items_are_reported_as_what_is_missing()
    {
        var body = JsonSerializer.SerializeToNode(InputSamples.Conference(app, "nulls"), InputSamples.Json)!.AsObject();
        body["coChairs"] = null;
        body["agenda"] = JsonNode("[null]");
        body["invitees"] = JsonNode("[null, {\"name\": null, \"title\": null, \"email\": null}]");

        var errors = await ErrorsAsync(await app.Organizer.PostAsJsonAsync("/api/conferences", body));

        errors.Keys.Should().Contain(["coChairs", "agenda[0].title", "invitees[0].name", "invitees[0].email", "invitees[1].title"]);
        var added = await app.Organizer.PostAsJsonAsync($"/api/conferences/{(await InputSamples.CreateAsync(app, InputSamples.Conference(app, "nulls-draft"))).Id}/invitees", JsonNode("[null]"));
        (await ErrorsAsync(added)).Keys.Should().Contain("invitees[0].name");
    }

    [Fact]
    public async Task Null_items_of_an_outcome_and_a_notice_are_reported_as_empty()
    {
        var scenario = new ConclusionScenario(app);
        await scenario.HeldAsync("null-outcome");
        var outcome = JsonSerializer.SerializeToNode(ConclusionScenario.Outcome(), InputSamples.Json)!.AsObject();
        outcome["figures"] = JsonNode("[null, {\"subject\": \"HĐND tỉnh\", \"figures\": [null]}]");
        outcome["assessment"] = JsonNode("[null]");

        var errors = await ErrorsAsync(await app.Organizer.PutAsJsonAsync($"{scenario.Api}/outcome", outcome));

        // A figure's subject and verb are optional (figures may read "… : 27 cuộc giám sát"); its label and a statement's figures are not.
        errors.Keys.Should().Contain(["assessment[0]", "figures[0].figures", "figures[1].figures[0].label"]);
        await scenario.DraftedAsync();
        var draft = await app.Organizer.PutAsJsonAsync($"{scenario.Api}/draft", JsonNode("{\"notice\": {\"sections\": [null]}, \"article\": {\"body\": [null]}}"));
        (await ErrorsAsync(draft)).Keys.Should().Contain(["notice.sections[0]", "article.body[0]"]);
    }

    [Fact]
    public async Task Every_error_of_a_new_conference_comes_at_once()
    {
        var input = InputSamples.Conference(app, "together") with
        {
            CouncilId = "khong-co",
            Kind = "họp mặt",
            Date = "2026-13-40",
            CoChairs = [new CoChairInput("", ["Ủy viên BTV Tỉnh ủy"], [])],
            Invitees = [new InviteeInput("Đại biểu", "Chủ tịch HĐND xã", "Xã A", "khong-phai-email")],
        };

        var errors = await ErrorsAsync(await app.Organizer.PostAsJsonAsync("/api/conferences", input));

        errors.Keys.Should().BeEquivalentTo(["council.id", "kind", "schedule.date", "coChairs[0].name", "invitees[0].email"]);
        errors["kind"].Should().ContainSingle().Which.Should().Contain("giao ban (Briefing)");
    }

    [Fact]
    public async Task A_date_no_term_can_be_named_for_is_refused()
    {
        var input = InputSamples.Conference(app, "year-9999") with { Date = "9999-12-31", RegistrationDeadline = "9999-12-30T17:00" };

        var errors = await ErrorsAsync(await app.Organizer.PostAsJsonAsync("/api/conferences", input));

        errors.Should().ContainKey("schedule.date").WhoseValue.Should().Equal("Ngày họp phải trong khoảng từ năm 2000 đến năm 2100.");
        errors.Should().ContainKey("registrationDeadline");
    }

    [Theory]
    [InlineData("giao ban", "Briefing")]
    [InlineData("Giao Ban", "Briefing")]
    [InlineData("briefing", "Briefing")]
    [InlineData("trao đổi kinh nghiệm", "ExperienceExchange")]
    [InlineData("Trao doi kinh nghiem", "ExperienceExchange")]
    [InlineData("Hội nghị chuyên đề", "Thematic")]
    [InlineData("so ket", "MidTermReview")]
    [InlineData("tổng kết", "FinalReview")]
    [InlineData("FinalReview", "FinalReview")]
    public async Task The_kind_takes_the_enum_names_and_the_vietnamese_ones(string kind, string expected)
    {
        var created = await InputSamples.CreateAsync(app, InputSamples.Conference(app, "kind") with { Kind = kind });

        created.Kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("giao")]
    public async Task A_kind_that_is_neither_name_is_refused(string kind)
    {
        var errors = await ErrorsAsync(await app.Organizer.PostAsJsonAsync("/api/conferences", InputSamples.Conference(app, "kind") with { Kind = kind }));

        errors.Keys.Should().Equal("kind");
    }

    [Fact]
    public async Task The_openapi_document_publishes_the_kinds_and_the_maximum_lengths()
    {
        var document = await app.Anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var input = schemas.GetProperty("ConferenceInput").GetProperty("properties");
        input.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).Should()
            .Contain(["Briefing", "ExperienceExchange", "Thematic", "MidTermReview", "FinalReview", "giao ban", "trao đổi kinh nghiệm", "tổng kết"]);
        input.GetProperty("scope").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).Should().BeEquivalentTo("WithLevelBelow", "OwnCouncil");
        input.GetProperty("coChairs").GetProperty("maxItems").GetInt32().Should().Be(6);
        schemas.GetProperty("VenueInput").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32().Should().Be(250);
        schemas.GetProperty("InviteeInput").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32().Should().Be(100);
        schemas.GetProperty("FieldVisitInput").GetProperty("properties").GetProperty("place").GetProperty("maxLength").GetInt32().Should().Be(5_000);
    }

    [Fact]
    public async Task An_organizer_may_leave_out_the_council_which_is_then_the_organizers_own()
    {
        var created = await InputSamples.CreateAsync(app, InputSamples.Conference(app, "own-council") with { CouncilId = null });

        created.CouncilId.Should().Be("tinh-mau");
    }

    [Fact]
    public async Task An_administrator_who_serves_no_council_must_name_it()
    {
        var input = InputSamples.Conference(app, "admin-council") with { CouncilId = " " };

        var errors = await ErrorsAsync(await app.Administrator.PostAsJsonAsync("/api/conferences", input));

        errors.Keys.Should().Equal("council.id");
        errors["council.id"].Single().Should().Contain("/api/councils");
        (await app.Administrator.PostAsJsonAsync("/api/conferences", input with { CouncilId = "tinh-mau" })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("organizer")]
    [InlineData("approver")]
    [InlineData("administrator")]
    public async Task Councils_lists_the_councils_the_caller_may_use(string role)
    {
        var client = role switch { "organizer" => app.Organizer, "approver" => app.Approver, _ => app.Administrator };

        var councils = await client.GetFromJsonAsync<List<CouncilResponse>>("/api/councils", InputSamples.Json);

        councils.Should().Equal(new CouncilResponse("tinh-mau", "HĐND tỉnh Quảng Trị"));
    }

    [Fact]
    public async Task Councils_needs_a_caller()
    {
        var response = await app.Anonymous.GetAsync("/api/councils");

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_personal_link_is_gone_on_the_api_as_on_the_page()
    {
        var (conference, tokens) = await InputSamples.InvitingAsync(app, "expired", 1);
        app.Clock.Advance(TimeSpan.FromDays(11));

        var opened = await app.Anonymous.GetAsync($"/api/invitations/{tokens[0]}");
        var answered = await app.Anonymous.PostAsJsonAsync($"/api/invitations/{tokens[0]}/answer", new AnswerInput(AnswerInput.Accept));
        var page = await app.Anonymous.GetAsync($"/xac-nhan/{tokens[0]}");

        (await ProblemAsync(opened, HttpStatusCode.Gone)).GetProperty("title").GetString().Should().Be("Đường dẫn xác nhận đã hết hạn vì hội nghị đã kết thúc.");
        await ProblemAsync(answered, HttpStatusCode.Gone);
        page.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{conference.Id}/roll", InputSamples.Json))!.Counts.NotAnswered.Should().Be(1);
    }

    internal static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The field errors of a 400 validation problem.</summary>
    internal static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static System.Text.Json.Nodes.JsonNode JsonNode(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}
