using HdndWorkflow.Functions.Tests.Security;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Malformed_storage_setting_stops_start_up_naming_the_setting_but_not_its_value()
    {
        await using var factory = new AppFactory(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "AccountName=hdnd;AccountKey=top-secret-not-base64",
        });

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>()
            .Which.Message.Should().Contain("AzureWebJobsStorage").And.NotContain("top-secret");
    }

    [Fact]
    public async Task In_Production_start_up_without_a_SendGrid_key_stops_naming_the_setting()
    {
        // The development mailbox would otherwise take the e-mails, sign-in links included, for anyone to read.
        await using var factory = new AppFactory(ProductionAppFixture.Settings("UseDevelopmentStorage=true", sendGridKey: null));

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("SendGrid:ApiKey").And.Contain("SendGrid__ApiKey");
    }

    [Fact]
    public async Task Health_table_name_that_storage_would_refuse_stops_start_up()
    {
        await using var factory = new AppFactory(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Health:TableName"] = "no_underscores",
        });

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Health:TableName");
    }
}
