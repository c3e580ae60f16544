using System.Net;
using HdndWorkflow.Email;
using HdndWorkflow.Email.SendGrid;
using HdndWorkflow.Functions.Pages.Account;
using HdndWorkflow.Functions.Telemetry;
using HdndWorkflow.Functions.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>What changes outside Development: no development mailbox, Secure <c>__Host-</c> cookies, HSTS.</summary>
[Collection(ProductionAppCollection.Name)]
public sealed class ProductionAppTests(ProductionAppFixture app)
{
    [Fact]
    public async Task The_development_mailbox_does_not_exist_and_is_not_in_the_OpenAPI_document()
    {
        using var anonymous = app.NewSession();

        foreach (var path in new[] { "/dev/mail", "/dev/mail/abc", "/api/dev/mail", "/api/dev/mail/abc" })
        {
            (await anonymous.GetAsync(path)).Status.Should().Be(HttpStatusCode.NotFound, $"{path} does not exist in Production");
        }

        var openApi = await anonymous.GetAsync("/openapi/v1.json");
        openApi.Status.Should().Be(HttpStatusCode.OK);
        openApi.Html.Should().Contain("\"/api/conferences\"").And.NotContain("/dev/mail");
        (await anonymous.GetAsync("/")).Html.Should().NotContain("/dev/mail");
        app.Factory.Services.GetRequiredService<IEmailSender>().Should().BeOfType<MeteredEmailSender>()
            .Which.Inner.Should().BeOfType<SendGridEmailSender>("telemetry counts what SendGrid sends");
    }

    [Fact]
    public async Task Sign_in_and_antiforgery_cookies_are_Secure_host_only_cookies_and_HTTPS_answers_carry_HSTS()
    {
        using var browser = app.NewSession();
        var path = $"/dang-nhap/{app.Factory.Services.GetRequiredService<SignInLinks>().Issue(PagesAppFixture.OrganizerEmail)}";

        var opened = await browser.GetAsync(path);
        var signedIn = await browser.PostAsync(path, [(PageSession.AntiforgeryField, opened.AntiforgeryToken())]);
        var conferences = await browser.GetAsync("/hoi-nghi");

        opened.Status.Should().Be(HttpStatusCode.OK);
        opened.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000");
        Cookie(opened, "__Host-hdnd.antiforgery=").Should().ContainEquivalentOf("; secure").And.ContainEquivalentOf("; path=/").And.NotContainEquivalentOf("domain=");
        signedIn.Status.Should().Be(HttpStatusCode.Redirect, signedIn.Html);
        Cookie(signedIn, "__Host-hdnd.auth=").Should().ContainEquivalentOf("; secure").And.ContainEquivalentOf("; path=/")
            .And.ContainEquivalentOf("; httponly").And.NotContainEquivalentOf("domain=");
        conferences.Status.Should().Be(HttpStatusCode.OK, "the Secure cookie signs the browser in over HTTPS");
        conferences.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000");
    }

    private static string Cookie(PageResponse response, string prefix) =>
        response.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith(prefix, StringComparison.Ordinal)).Which;
}
