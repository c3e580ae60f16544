using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.OpenApi;
using HdndWorkflow.Functions.Tests.Conferences;

namespace HdndWorkflow.Functions.Tests.OpenApi;

/// <summary>The app with a clock of its own for the examples' journey (it moves the clock to the example's date, months ahead).</summary>
public sealed class ExamplesAppFixture : ClockedAppFixture;

[CollectionDefinition(Name)]
public sealed class ExamplesAppCollection : ICollectionFixture<ExamplesAppFixture>
{
    public const string Name = "App for the OpenAPI examples' journey, with a clock of its own";
}

/// <summary>
/// Every request example of <c>/openapi/v1.json</c>, posted as the document shows it to its own operation in the order an
/// integrator would (create, edit, add invitees, start, answer, correct an address, reschedule, raise an event, the
/// conference held, then the outcome, the draft, submission, review, approval, corrections and the withdrawal), each
/// accepted. An operation whose example no step posts fails the test, so a new example comes with its step.
/// </summary>
[Collection(ExamplesAppCollection.Name)]
[Trait(WorkflowSuite.Trait, WorkflowSuite.Name)]
public sealed class ApiExamplesJourneyTests(ExamplesAppFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HashSet<string> _posted = new(StringComparer.Ordinal);

    private JsonNode _document = null!;

    [Fact]
    public async Task Every_request_example_is_accepted_by_its_operation_in_a_realistic_order()
    {
        _document = (await app.Anonymous.GetFromJsonAsync<JsonNode>("/openapi/v1.json"))!;

        // The conference: created, edited while a draft, invitees added, started.
        var created = await SendAsync(app.Organizer, "post", "/api/conferences", [], HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        var conference = new Dictionary<string, string> { ["id"] = id.ToString() };
        await SendAsync(app.Organizer, "put", "/api/conferences/{id}", conference, HttpStatusCode.OK);
        (await SendAsync(app.Organizer, "post", "/api/conferences/{id}/invitees", conference, HttpStatusCode.OK)).AsArray().Should().ContainSingle();
        (await app.Organizer.PostAsync($"/api/conferences/{id}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        // An invitee sends a deputy through the personal link; the organizer corrects the deputy's address, and another invitee's.
        var invitation = await app.Mail.WaitForAsync(ApiExamples.Conference.Invitees![0]!.Email!, "invitation");
        await SendAsync(app.Anonymous, "post", "/api/invitations/{token}/answer", new() { ["token"] = Mailbox.TokenIn(invitation) }, HttpStatusCode.OK);
        var roll = (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{id}/roll", Json))!;
        var first = roll.Entries.Single(e => e.Email == ApiExamples.Conference.Invitees![0]!.Email);
        await SendAsync(app.Organizer, "post", "/api/conferences/{id}/invitees/{inviteeId}/deputy/address", new(conference) { ["inviteeId"] = first.InviteeId.ToString() }, HttpStatusCode.Accepted);
        (await app.Mail.WaitForAsync("nguyenvanan.hdnd@example.vn", "invitation")).Subject.Should().StartWith("Giấy mời dự thay");
        var second = roll.Entries.Single(e => e.Email == ApiExamples.Conference.Invitees![1]!.Email);
        await SendAsync(app.Organizer, "post", "/api/conferences/{id}/invitees/{inviteeId}/address", new(conference) { ["inviteeId"] = second.InviteeId.ToString() }, HttpStatusCode.Accepted);
        await app.Mail.WaitForAsync("nguyenvanan.hdnd@example.vn", "invitation-a1");

        // Rescheduled, and the workflow told again through the management API.
        (await SendAsync(app.Organizer, "post", "/api/conferences/{id}/reschedule", conference, HttpStatusCode.OK))["date"]!.GetValue<string>()
            .Should().Be(ApiExamples.Reschedule.Date);
        await SendAsync(
            app.Organizer, "post", "/runtime/webhooks/durabletask/instances/{instanceId}/raiseEvent/{eventName}",
            new() { ["instanceId"] = id.ToString(), ["eventName"] = "ConferenceChange" }, HttpStatusCode.Accepted);

        // The day after the rescheduled conference: held, its conclusion open.
        var after = DateTimeOffset.Parse($"{ApiExamples.Reschedule.Date}T18:00:00+07:00", CultureInfo.InvariantCulture);
        app.Clock.Advance(after - app.Clock.GetUtcNow());
        var api = $"/api/conferences/{id}/conclusion";
        await UntilAsync(api, c => c.Status == "Drafting", "The conference held and its conclusion opened");

        // The outcome, the organizer's edit, submission, a request for changes, resubmission, approval.
        await SendAsync(app.Organizer, "put", "/api/conferences/{id}/conclusion/outcome", conference, HttpStatusCode.OK);
        await UntilAsync(api, c => c.Revision == 1, "The first draft");
        (await SendAsync(app.Organizer, "put", "/api/conferences/{id}/conclusion/draft", conference, HttpStatusCode.OK))["revision"]!.GetValue<int>().Should().Be(2);
        await SendAsync(app.Organizer, "post", "/api/conferences/{id}/conclusion/submit", conference, HttpStatusCode.OK);
        (await SendAsync(app.Approver, "post", "/api/conferences/{id}/conclusion/request-changes", conference, HttpStatusCode.OK))["status"]!.GetValue<string>()
            .Should().Be("ChangesRequested");
        await SendAsync(app.Organizer, "post", "/api/conferences/{id}/conclusion/submit", conference, HttpStatusCode.OK);
        await SendAsync(app.Approver, "post", "/api/conferences/{id}/conclusion/approve", conference, HttpStatusCode.Accepted);
        await UntilAsync(api, c => c.Status == "Published", "Publication");

        // A correction approved; another refused.
        await SendAsync(app.Organizer, "post", "/api/conferences/{id}/conclusion/corrections", conference, HttpStatusCode.OK);
        await SendAsync(app.Approver, "post", "/api/conferences/{id}/conclusion/corrections/approve", conference, HttpStatusCode.OK);
        await UntilAsync(api, c => c.PublishedRevision == 3, "The correction published");
        var another = await app.Organizer.PostAsJsonAsync($"{api}/corrections", ApiExamples.Correction with { BaseRevision = 3, Note = "Đính chính lần hai." }, Json);
        another.StatusCode.Should().Be(HttpStatusCode.OK, await another.Content.ReadAsStringAsync());
        await SendAsync(app.Approver, "post", "/api/conferences/{id}/conclusion/corrections/refuse", conference, HttpStatusCode.OK);

        // The withdrawal: refused once, then consented to.
        await SendAsync(app.Organizer, "post", "/api/conferences/{id}/conclusion/withdrawal", conference, HttpStatusCode.OK);
        await SendAsync(app.Approver, "post", "/api/conferences/{id}/conclusion/withdrawal/refuse", conference, HttpStatusCode.OK);
        await SendAsync(app.Organizer, "post", "/api/conferences/{id}/conclusion/withdrawal", conference, HttpStatusCode.OK);
        (await SendAsync(app.Approver, "post", "/api/conferences/{id}/conclusion/withdrawal/consent", conference, HttpStatusCode.OK))["status"]!.GetValue<string>()
            .Should().Be("Withdrawn");

        Examples(_document).Should().BeSubsetOf(_posted, "every request example is posted to its operation by a step above");
        _posted.Should().HaveCountGreaterThanOrEqualTo(19);
    }

    /// <summary>Sends the document's example of the operation to it, with the path's parameters filled in; returns the answer's JSON.</summary>
    private async Task<JsonNode> SendAsync(HttpClient client, string method, string path, Dictionary<string, string> parameters, HttpStatusCode expected)
    {
        var example = OpenApiDocumentTests.ExampleOf(_document, path, method);
        var url = parameters.Aggregate(path, (p, parameter) => p.Replace($"{{{parameter.Key}}}", Uri.EscapeDataString(parameter.Value), StringComparison.Ordinal));
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
        {
            Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, $"{method.ToUpperInvariant()} {path} with its example {example.ToJsonString()} answered {body}");
        _posted.Add($"{method} {path}");
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    private Task<ConclusionResponse> UntilAsync(string api, Func<ConclusionResponse, bool> condition, string what) => Eventually.GetAsync(
        async () => await app.Organizer.GetAsync(api) is { StatusCode: HttpStatusCode.OK } ok
            && await ok.Content.ReadFromJsonAsync<ConclusionResponse>(Json) is { } c && condition(c) ? c : null,
        TimeSpan.FromSeconds(90),
        what);

    // "post /api/conferences" for every operation whose JSON body has an example.
    private static List<string> Examples(JsonNode document) =>
    [
        .. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Value?["requestBody"]?["content"]?["application/json"]?["example"] is not null)
            .Select(o => $"{o.Key} {path.Key}")),
    ];
}
