using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static HdndWorkflow.Functions.Tests.Input.RequestValidationTests;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>
/// <c>raiseEvent</c> takes only the events the workflows wait for, with a body they can read: anything else is refused
/// before it reaches an orchestration, which keeps running.
/// </summary>
[Collection(InputAppCollection.Name)]
public sealed class RaiseEventTests(InputAppFixture app)
{
    [Theory]
    [InlineData("ConferenceChange", "", HttpStatusCode.BadRequest)]
    [InlineData("ConferenceChange", "{", HttpStatusCode.BadRequest)]
    [InlineData("ConferenceChange", "null", HttpStatusCode.BadRequest)]
    [InlineData("ConferenceChange", "\"rescheduled\"", HttpStatusCode.BadRequest)]
    [InlineData("ConferenceChange", "{\"what\": 12}", HttpStatusCode.BadRequest)]
    [InlineData("ConferenceChange", "{\"what\": \"a\\u0000b\"}", HttpStatusCode.BadRequest)]
    [InlineData("Approval", "{\"what\": \"approved\"}", HttpStatusCode.BadRequest)]
    [InlineData("ConferenceChange", "oversized", HttpStatusCode.RequestEntityTooLarge)]
    public async Task An_event_the_workflow_cannot_take_is_refused_and_the_workflow_runs_on(string eventName, string body, HttpStatusCode status)
    {
        var (conference, _) = await InputSamples.InvitingAsync(app, "raise", 1);
        var payload = body == "oversized" ? $"{{\"what\": \"{new string('x', 100_000)}\"}}" : body;
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");

        var response = await app.Organizer.PostAsync($"/api/instances/{conference.Id}/raiseEvent/{eventName}", content);

        await ProblemAsync(response, status);
        var accepted = await app.Organizer.PostAsJsonAsync($"/api/instances/{conference.Id}/raiseEvent/ConferenceChange", new { what = "rescheduled" });
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Task.Delay(TimeSpan.FromSeconds(1));
        (await app.Organizer.GetFromJsonAsync<JsonElement>($"/api/instances/{conference.Id}")).GetProperty("runtimeStatus").GetString().Should().Be("Running");
    }

    [Fact]
    public async Task An_event_for_an_instance_that_does_not_exist_is_not_found()
    {
        var response = await app.Administrator.PostAsJsonAsync($"/api/instances/{Guid.NewGuid()}/raiseEvent/ConferenceChange", new { what = "rescheduled" });

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
