using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Conclusions;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>
/// Generated malformed bodies (see <see cref="MalformedBodies"/>) sent to every endpoint that creates, updates or
/// answers, through HTTP: none may get a 5xx, a refusal is problem details, and a refused request stores nothing.
/// </summary>
[Collection(InputAppCollection.Name)]
public sealed class MalformedBodyTests(InputAppFixture app)
{
    private const int MutationsPerEndpoint = 25;

    // The conferences of the collection's other tests, whose workflows may still act meanwhile.
    private HashSet<string> _others = [];

    [Fact]
    public async Task Malformed_bodies_get_a_4xx_problem_and_change_nothing()
    {
        var scenario = new ConclusionScenario(app);
        await scenario.HeldAsync("fuzz");
        var drafted = await scenario.DraftedAsync();
        var draft = await InputSamples.CreateAsync(app, InputSamples.Conference(app, "fuzz-draft"));
        var (inviting, tokens) = await InputSamples.InvitingAsync(app, "fuzz-inviting", 3);
        var invitee = (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{inviting.Id}/roll", InputSamples.Json))!.Entries[0].InviteeId;
        var answers = 0;

        Target[] targets =
        [
            new("create", app.Organizer, HttpMethod.Post, () => "/api/conferences", Node(InputSamples.Conference(app, "fuzz-create"))),
            new("edit", app.Organizer, HttpMethod.Put, () => $"/api/conferences/{draft.Id}", Node(InputSamples.Conference(app, "fuzz-edit"))),
            new("add invitees", app.Organizer, HttpMethod.Post, () => $"/api/conferences/{draft.Id}/invitees", Node(InputSamples.Invitees("fuzz-add", 2))),
            new("reschedule", app.Organizer, HttpMethod.Post, () => $"/api/conferences/{draft.Id}/reschedule", Node(new RescheduleInput(
                InputSamples.Iso(InputSamples.Today(app).PlusDays(12)), "14:00", "16:00", $"{InputSamples.Iso(InputSamples.Today(app).PlusDays(9))}T17:00"))),
            new("answer", app.Anonymous, HttpMethod.Post, () => $"/api/invitations/{tokens[answers++ % tokens.Count]}/answer", Node(new AnswerInput(AnswerInput.Decline, "Trùng lịch công tác"))),
            new("outcome", app.Organizer, HttpMethod.Put, () => $"{scenario.Api}/outcome", Node(ConclusionScenario.Outcome())),
            new("draft", app.Organizer, HttpMethod.Put, () => $"{scenario.Api}/draft", Node(new DraftInput
            {
                Article = new ArticleInput(Title: "Hội nghị giao ban", Body: ["Hội nghị đã đánh giá kết quả hoạt động."]),
                Notice = new NoticeTextInput(Sections: [new NoticeSectionBody("1. Đánh giá chung", ["Hội nghị thống nhất đánh giá."])]),
            })),
            new("correction", app.Organizer, HttpMethod.Post, () => $"{scenario.Api}/corrections", Node(new CorrectionInput { Note = "Sửa tên đại biểu.", Article = new ArticleInput(Title: "Tiêu đề") })),
            new("withdrawal", app.Organizer, HttpMethod.Post, () => $"{scenario.Api}/withdrawal", Node(new WithdrawalInput("Đăng nhầm."))),
            new("submit", app.Organizer, HttpMethod.Post, () => $"{scenario.Api}/submit", Node(new SubmitInput("Kính trình.")), Settles: true),
            new("request changes", app.Approver, HttpMethod.Post, () => $"{scenario.Api}/request-changes", Node(new ReviewInput("Bổ sung số liệu.", drafted.Revision)), Settles: true),
            new("address", app.Organizer, HttpMethod.Post, () => $"/api/conferences/{inviting.Id}/invitees/{invitee}/address", Node(new AddressInput("dia-chi-moi@example.vn"))),
            new("deputy address", app.Organizer, HttpMethod.Post, () => $"/api/conferences/{inviting.Id}/invitees/{invitee}/deputy/address", Node(new AddressInput("nguoi-du-thay-moi@example.vn"))),
            new("raise event", app.Organizer, HttpMethod.Post, () => $"/api/instances/{inviting.Id}/raiseEvent/ConferenceChange", JsonNode.Parse("{\"what\":\"rescheduled\"}")!),
        ];

        var random = new Random(20_261_111);
        var failures = new List<string>();
        var tried = 0;
        _others = [.. (await app.ConferencesAsync()).Except([scenario.Conference.ToString(), draft.Id.ToString(), inviting.Id.ToString()])];
        var rows = await app.StoredRowsAsync(_others);
        foreach (var target in targets)
        {
            var cases = MalformedBodies.Unreadable
                .Concat(MalformedBodies.Mutations(target.Valid, MutationsPerEndpoint, random))
                .Select(c => (c.Name, c.Body, ContentType: "application/json"))
                .Append(("valid body as text/plain", Encoding.UTF8.GetBytes(target.Valid.ToJsonString()), "text/plain"));
            foreach (var (name, body, contentType) in cases)
            {
                tried++;
                rows = await SendAsync(target, $"{target.Name}: {name}", body, contentType, rows, failures);
            }
        }

        foreach (var (name, csv) in MalformedBodies.Csv(generated: 0, random))
        {
            tried++;
            var target = new Target("csv import", app.Organizer, HttpMethod.Post, () => $"/api/conferences/{draft.Id}/invitees/csv", JsonNode.Parse("{}")!);
            rows = await SendAsync(target, $"csv import: {name}", csv, "text/csv", rows, failures);
        }

        failures.Should().BeEmpty($"of {tried} malformed requests, none may fail the server or change what is stored when refused");
        tried.Should().BeGreaterThan(400);
        (await scenario.InstanceAsync(inviting.Id.ToString())).GetProperty("runtimeStatus").GetString().Should().Be("Running", "no event raised may break the workflow");
    }

    // Sends one case; returns what is stored afterwards (changed only by a request that succeeded).
    private async Task<IReadOnlyList<string>> SendAsync(
        Target target, string name, byte[] body, string contentType, IReadOnlyList<string> rows, List<string> failures)
    {
        using var request = new HttpRequestMessage(target.Method, target.Path()) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"{contentType}; charset=utf-8");
        using var response = await target.Client.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            failures.Add($"{name}: {status} {await response.Content.ReadAsStringAsync()}");
            return rows;
        }

        if (response.IsSuccessStatusCode)
        {
            return target.Settles ? await SettledRowsAsync() : await app.StoredRowsAsync(_others);
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json"
            || (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("title", out var title) is false || string.IsNullOrWhiteSpace(title.GetString()))
        {
            failures.Add($"{name}: {status} without a problem title ({response.Content.Headers.ContentType})");
        }

        var after = await app.StoredRowsAsync(_others);
        if (!after.SequenceEqual(rows))
        {
            failures.Add($"{name}: {status}, yet stored rows changed: -{string.Join(", ", rows.Except(after))} +{string.Join(", ", after.Except(rows))}");
        }

        return after;
    }

    // After a change the workflow acts on (a submission, a decision): what is stored once it has done so.
    private async Task<IReadOnlyList<string>> SettledRowsAsync()
    {
        var rows = await app.StoredRowsAsync(_others);
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(200);
            var again = await app.StoredRowsAsync(_others);
            if (again.SequenceEqual(rows))
            {
                return again;
            }

            rows = again;
        }

        return rows;
    }

    private static JsonNode Node<T>(T value) => JsonSerializer.SerializeToNode(value, InputSamples.Json)!;

    private sealed record Target(string Name, HttpClient Client, HttpMethod Method, Func<string> Path, JsonNode Valid, bool Settles = false);
}
