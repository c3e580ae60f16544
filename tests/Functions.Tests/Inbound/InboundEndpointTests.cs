using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Inbound;
using HdndWorkflow.Functions.Conferences.Links;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests.Inbound;

/// <summary>The Inbound Parse route as SendGrid, or anyone else, reaches it: authentication, limits, bad posts.</summary>
[Collection(AppCollection.Name)]
public sealed class InboundEndpointTests(AppFixture app)
{
    private string Secret => app.Factory.Services.GetRequiredService<IOptions<InboundOptions>>().Value.RouteSecret!;

    [Fact]
    public async Task Without_the_route_secret_a_post_is_401()
    {
        using var post = Post("tra-loi+abc@tra-loi.hdnd.localhost").ToContent();
        (await app.Client.PostAsync("/api/inbound/sendgrid", post)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var wrong = Post("tra-loi+abc@tra-loi.hdnd.localhost").ToContent();
        var refused = await app.Client.PostAsync($"/api/inbound/sendgrid/{Secret[..^1]}x", wrong);
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Anything_but_multipart_form_data_is_415()
    {
        using var json = JsonContent.Create(new { from = "a@b.vn", text = "Xác nhận tham dự" });
        (await app.Client.PostAsync($"/api/inbound/sendgrid/{Secret}", json)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        using var form = new FormUrlEncodedContent([new("from", "a@b.vn")]);
        (await app.Client.PostAsync($"/api/inbound/sendgrid/{Secret}", form)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("--xYzZY\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\nan@b.vn")]
    [InlineData("--xYzZY\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n--xYzZY--\r\n")]
    [InlineData("\u0000\u0001 binary noise")]
    public async Task A_malformed_multipart_body_is_400_never_500(string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xYzZY");

        var response = await app.Client.PostAsync($"/api/inbound/sendgrid/{Secret}", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("multipart/form-data");
    }

    [Fact]
    public async Task Mail_to_no_reply_address_of_an_invitation_is_taken_and_changes_nothing()
    {
        var addresses = app.Factory.Services.GetRequiredService<ReplyAddresses>();
        var nowhere = addresses.For(new ConferenceId(Guid.NewGuid()), new InviteeId(Guid.NewGuid()), LinkHolder.Invitee)!.Value;
        var tampered = nowhere[..10] + (nowhere[10] == 'a' ? 'b' : 'a') + nowhere[11..];

        foreach (var to in new[] { nowhere, tampered, "van-phong@tra-loi.hdnd.localhost", "tra-loi+!!!@tra-loi.hdnd.localhost" })
        {
            using var post = (Post(to) with { ExtraHeaders = "X-Garbage: \u0001\r\n" }).ToContent();
            var response = await app.Client.PostAsync($"/api/inbound/sendgrid/{Secret}", post);
            response.StatusCode.Should().Be(HttpStatusCode.OK, to);
            (await response.Content.ReadFromJsonAsync<InboundResult>())!.Outcome.Should().Be(nameof(InboxOutcome.Unmatched));
        }
    }

    [Fact]
    public async Task With_basic_authentication_configured_the_credentials_are_checked_and_the_size_limited()
    {
        await using var factory = app.Factory.WithWebHostBuilder(host =>
        {
            host.UseSetting("Inbound:BasicAuthUser", "sendgrid");
            host.UseSetting("Inbound:BasicAuthPassword", "basic-Secret-0123456789-abcdefghijkl");
            host.UseSetting("Inbound:MaxRequestBytes", "65536");
        });
        using var client = factory.CreateClient();
        var path = $"/api/inbound/sendgrid/{Secret}";

        using var none = Post("x@tra-loi.hdnd.localhost").ToContent();
        var anonymous = await client.PostAsync(path, none);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        anonymous.Headers.WwwAuthenticate.ToString().Should().StartWith("Basic");

        (await client.SendAsync(Basic(path, "sendgrid:wrong-password"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.SendAsync(Basic(path, "sendgrid:basic-Secret-0123456789-abcdefghijkl"))).StatusCode.Should().Be(HttpStatusCode.OK);

        var large = Basic(path, "sendgrid:basic-Secret-0123456789-abcdefghijkl", Post("x@tra-loi.hdnd.localhost") with { Text = new string('x', 100_000) });
        (await client.SendAsync(large)).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    private static HttpRequestMessage Basic(string path, string credentials, InboundPost? post = null) => new(HttpMethod.Post, path)
    {
        Content = (post ?? Post("x@tra-loi.hdnd.localhost")).ToContent(),
        Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials))) },
    };

    private static InboundPost Post(string to) => new("Nguyễn Văn An <an.nv@haiphu.gov.vn>", to, "Re: Giấy mời", "Xác nhận tham dự");
}
