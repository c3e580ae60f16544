using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>
/// Without App Service Authentication (the default), anyone can send <c>X-MS-CLIENT-PRINCIPAL</c>: the app never reads
/// it, so a forged principal, even of a real user, signs nobody in.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ForgedPrincipalTests(AppFixture app)
{
    [Fact]
    public async Task A_forged_principal_header_is_refused_on_the_api_and_the_pages()
    {
        var forged = EntraPrincipals.For(email: "quan-tri@hdnd.localhost");
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await client.SendAsync(EntraPrincipals.Get("/api/conferences", forged))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var page = await client.SendAsync(EntraPrincipals.Get("/hoi-nghi", forged));
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.Should().Be("/dang-nhap");
        (await client.GetStringAsync("/dang-nhap")).Should().NotContain("/.auth/login", "the sign-in page offers no Entra sign-in");
    }
}
