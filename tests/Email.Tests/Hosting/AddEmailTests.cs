using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Hosting;
using HdndWorkflow.Email.SendGrid;
using HdndWorkflow.Email.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class AddEmailTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task With_a_SendGrid_key_the_sender_is_SendGrid_on_the_configured_base_address()
    {
        using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = EmailHost.ApiKey,
            ["SendGrid:BaseUrl"] = "https://api.eu.sendgrid.com",
            ["Email:FromAddress"] = "vanphong@hdnd.example.vn",
        });

        host.Services.GetRequiredService<IEmailSender>().Should().BeOfType<SendGridEmailSender>();
        host.Services.GetService<DevelopmentMailbox>().Should().BeNull();
        var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(SendGridEmailSender.HttpClientName);
        http.BaseAddress.Should().Be(new Uri("https://api.eu.sendgrid.com/"));
    }

    [Fact]
    public async Task In_Development_without_a_key_the_sender_is_the_development_mailbox()
    {
        using var host = await StartAsync(new Dictionary<string, string?> { ["SendGrid:ApiKey"] = " " });

        host.Services.GetRequiredService<IEmailSender>().Should().BeSameAs(host.Services.GetRequiredService<DevelopmentMailbox>());
        host.Services.GetRequiredService<IConfiguration>().UsesDevelopmentMailbox(host.Services.GetRequiredService<IHostEnvironment>()).Should().BeTrue();
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_start_up_without_a_SendGrid_key_fails_naming_the_setting(string environment)
    {
        var start = () => StartAsync(new Dictionary<string, string?> { ["SendGrid:ApiKey"] = " ", ["Email:FromAddress"] = "vanphong@hdnd.example.vn" }, environment);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("SendGrid:ApiKey").And.Contain("SendGrid__ApiKey");
    }

    [Fact]
    public async Task Outside_Development_the_sender_is_SendGrid_and_there_is_no_mailbox()
    {
        using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = EmailHost.ApiKey,
            ["Email:FromAddress"] = "vanphong@hdnd.example.vn",
        }, "Production");

        host.Services.GetRequiredService<IEmailSender>().Should().BeOfType<SendGridEmailSender>();
        host.Services.GetService<DevelopmentMailbox>().Should().BeNull();
        host.Services.GetRequiredService<IConfiguration>().UsesDevelopmentMailbox(host.Services.GetRequiredService<IHostEnvironment>()).Should().BeFalse();
    }

    [Fact]
    public async Task Start_up_fails_when_SendGrid_has_no_verified_sender()
    {
        var start = () => StartAsync(new Dictionary<string, string?> { ["SendGrid:ApiKey"] = EmailHost.ApiKey });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Email:FromAddress");
    }

    [Fact]
    public async Task Start_up_fails_on_more_than_1000_personalizations_per_request()
    {
        var start = () => StartAsync(new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = EmailHost.ApiKey,
            ["Email:FromAddress"] = "vanphong@hdnd.example.vn",
            ["SendGrid:MaxPersonalizationsPerRequest"] = "1001",
        });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("MaxPersonalizationsPerRequest");
    }

    [Fact]
    public async Task Start_up_fails_on_an_invalid_table_name()
    {
        var start = () => StartAsync(new Dictionary<string, string?> { ["Email:OutboxTable"] = "no-dashes" });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("OutboxTable");
    }

    private async Task<IHost> StartAsync(Dictionary<string, string?> settings, string environment = "Development")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(EmailHost.Settings(azurite, settings));
        builder.Services.AddSingleton(azurite.Tables);
        builder.Services.AddEmail(builder.Configuration, builder.Environment);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
