using System.Net;
using HdndWorkflow.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>
/// App Service Authentication (Entra ID) enabled: the platform's principal header signs people in as the directory's
/// users, for pages and for reading the API; changes through the API still need a key.
/// </summary>
public sealed class AppServiceAuthenticationTests(AppServiceAuthenticationTests.Fixture app) : IClassFixture<AppServiceAuthenticationTests.Fixture>
{
    /// <summary>The administrator of the development directory, given an Entra object id here.</summary>
    private const string AdministratorObjectId = "0f6b0a43-7c1e-4c55-9a3e-2d4f1e9b7a10";

    [Fact]
    public async Task A_known_e_mail_reads_the_api_as_that_user()
    {
        using var response = await app.Client.SendAsync(EntraPrincipals.Get("/api/conferences", EntraPrincipals.For(email: "TO-CHUC@hdnd.localhost")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_known_object_id_signs_in_that_user_whatever_the_e_mail()
    {
        using var response = await app.Client.SendAsync(EntraPrincipals.Get("/hoi-nghi", EntraPrincipals.For(email: "someone-else@contoso.example", objectId: AdministratorObjectId)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Lê Quản Trị");
    }

    [Fact]
    public async Task Someone_not_in_the_directory_is_not_signed_in()
    {
        var stranger = EntraPrincipals.For(email: "la@contoso.example", objectId: Guid.NewGuid().ToString());

        (await app.Client.SendAsync(EntraPrincipals.Get("/api/conferences", stranger))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var page = await app.Client.SendAsync(EntraPrincipals.Get("/hoi-nghi", stranger));
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.Should().Be("/dang-nhap");
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("eyJub3QiOiJhIHByaW5jaXBhbCJ9")] // {"not":"a principal"}
    [InlineData("e30=")] // {}
    public async Task A_malformed_principal_is_refused_with_401_not_an_error(string header)
    {
        (await app.Client.SendAsync(EntraPrincipals.Get("/api/conferences", header))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_identity_provider_is_refused()
    {
        var github = EntraPrincipals.For(email: "to-chuc@hdnd.localhost", authType: "github");

        (await app.Client.SendAsync(EntraPrincipals.Get("/api/conferences", github))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_change_through_the_api_still_needs_a_key()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/conferences") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(EntraPrincipals.Header, EntraPrincipals.For(email: "to-chuc@hdnd.localhost"));

        using var response = await app.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_entra_sign_in_back_to_a_local_page()
    {
        var html = await app.Client.GetStringAsync("/dang-nhap?ReturnUrl=%2Fhoi-nghi%2Ftao-moi");

        html.Should().Contain("href=\"/.auth/login/aad?post_login_redirect_uri=%2Fhoi-nghi%2Ftao-moi\"").And.Contain("Đăng nhập bằng tài khoản Microsoft");
    }

    /// <summary>The app with App Service Authentication trusted, on a private Azurite.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private Azurite? _azurite;

        public AppFactory Factory { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _azurite = await Azurite.StartAsync();
            Factory = new AppFactory(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = _azurite.ConnectionString,
                ["AppServiceAuthentication:Enabled"] = "true",
                ["Directory:Users:2:ObjectId"] = AdministratorObjectId,
            });
            Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }

        public async Task DisposeAsync()
        {
            Client?.Dispose();
            if (Factory is not null)
            {
                await Factory.DisposeAsync();
            }

            if (_azurite is not null)
            {
                await _azurite.DisposeAsync();
            }
        }
    }
}
