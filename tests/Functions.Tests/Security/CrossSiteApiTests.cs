using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HdndWorkflow.Functions.Tests.Pages;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>
/// A page of another site posting a form to the API in a signed-in organizer's browser: the browser would send the
/// sign-in cookie, so the API must not take the cookie for a change. It still takes it for reading (the roll's refresh).
/// </summary>
[Collection(PagesAppCollection.Name)]
public sealed class CrossSiteApiTests(PagesAppFixture app)
{
    [Fact]
    public async Task A_cross_site_form_post_with_the_sign_in_cookie_is_refused_and_changes_nothing()
    {
        var draft = await PlannedConferences.CreateAsync(app, PlannedConferences.Invitees("gia-mao-nhap", 1));
        var (started, _) = await PlannedConferences.InvitedAsync(app, PlannedConferences.Invitees("gia-mao", 1));
        var startedBefore = await PlannedConferences.GetAsync(app, started.Id);
        var instanceBefore = await InstanceStatusAsync(started.Id);
        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);

        var refused = new List<HttpResponseMessage>
        {
            await CrossSiteFormAsync(organizer, $"/api/conferences/{draft.Id}/start"),
            await CrossSiteFormAsync(organizer, $"/api/conferences/{draft.Id}/cancel"),
            await CrossSiteAsync(organizer, $"/api/conferences/{draft.Id}/invitees/csv",
                new StringContent("Họ và tên,Chức vụ,Đơn vị,Email\nKẻ Lạ,Không,Không,ke-la@example.vn\n", Encoding.UTF8, "text/csv")),
            await CrossSiteFormAsync(organizer, $"/api/conferences/{started.Id}/close-registration"),
            await CrossSiteFormAsync(organizer, $"/api/conferences/{started.Id}/cancel"),
            await CrossSiteFormAsync(organizer, $"/api/instances/{started.Id}/terminate"),
        };
        using var read = await organizer.Client.GetAsync(new Uri($"/api/conferences/{draft.Id}/roll", UriKind.Relative));

        foreach (var response in refused)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, response.RequestMessage!.RequestUri!.ToString());
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await response.Content.ReadAsStringAsync()).Should().Contain("X-Api-Key");
            response.Dispose();
        }

        read.StatusCode.Should().Be(HttpStatusCode.OK, "the organizer's page still reads the roll with the cookie");
        (await PlannedConferences.GetAsync(app, draft.Id)).Status.Should().Be("Draft");
        (await PlannedConferences.RollAsync(app, draft.Id)).Entries.Should().HaveCount(1, "no invitee was imported");
        (await PlannedConferences.GetAsync(app, started.Id)).Status.Should().Be(startedBefore.Status).And.NotBe("Cancelled");
        (await InstanceStatusAsync(started.Id)).Should().Be(instanceBefore).And.NotBe("Terminated");
    }

    private static Task<HttpResponseMessage> CrossSiteFormAsync(PageSession session, string path) =>
        CrossSiteAsync(session, path, new FormUrlEncodedContent([KeyValuePair.Create("reason", "gia-mao")]));

    // What a form on another site makes the browser send: the cookie, that site as Origin, no API key, no token.
    private static async Task<HttpResponseMessage> CrossSiteAsync(PageSession session, string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("Origin", "https://ke-gia-mao.example");
        request.Headers.Referrer = new Uri("https://ke-gia-mao.example/trang-bay.html");
        return await session.Client.SendAsync(request);
    }

    private async Task<string> InstanceStatusAsync(Guid id)
    {
        using var status = await app.Organizer.GetFromJsonAsync<JsonDocument>(new Uri($"/api/instances/{id}", UriKind.Relative));
        return status!.RootElement.GetProperty("runtimeStatus").GetString()!;
    }
}
