using System.Net;
using HdndWorkflow.Email;
using HdndWorkflow.Email.SendGrid;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>What changes outside Development: no development mailbox.</summary>
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
        app.Factory.Services.GetRequiredService<IEmailSender>().Should().BeOfType<SendGridEmailSender>();
    }
}
