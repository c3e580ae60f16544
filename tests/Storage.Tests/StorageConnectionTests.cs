using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace HdndWorkflow.Storage.Tests;

public sealed class StorageConnectionTests
{
    [Fact]
    public void Development_storage_uses_the_emulator_defaults()
    {
        var connection = StorageConnection.Parse("UseDevelopmentStorage=true");

        connection.AccountName.Should().Be("devstoreaccount1");
        connection.TableServiceUri.Should().Be(new Uri("http://127.0.0.1:10002/devstoreaccount1"));
        connection.QueueServiceUri.Should().Be(new Uri("http://127.0.0.1:10001/devstoreaccount1"));
        connection.BlobServiceUri.Should().Be(new Uri("http://127.0.0.1:10000/devstoreaccount1"));
        connection.ConnectionString.Should().Be("UseDevelopmentStorage=true");
        connection.Credential.Should().BeNull();
    }

    [Fact]
    public void Account_name_and_key_build_endpoints_from_protocol_and_suffix()
    {
        var connection = StorageConnection.Parse("DefaultEndpointsProtocol=https;AccountName=hdnd;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn");

        connection.AccountName.Should().Be("hdnd");
        connection.TableServiceUri.Should().Be(new Uri("https://hdnd.table.core.chinacloudapi.cn"));
        connection.QueueServiceUri.Should().Be(new Uri("https://hdnd.queue.core.chinacloudapi.cn"));
        connection.BlobServiceUri.Should().Be(new Uri("https://hdnd.blob.core.chinacloudapi.cn"));
    }

    [Fact]
    public void Explicit_endpoints_win()
    {
        var connection = StorageConnection.Parse("AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:5000/devstoreaccount1/;QueueEndpoint=http://127.0.0.1:5001/devstoreaccount1;BlobEndpoint=http://127.0.0.1:5002/devstoreaccount1");

        connection.TableServiceUri.Should().Be(new Uri("http://127.0.0.1:5000/devstoreaccount1"));
        connection.QueueServiceUri.Should().Be(new Uri("http://127.0.0.1:5001/devstoreaccount1"));
        connection.BlobServiceUri.Should().Be(new Uri("http://127.0.0.1:5002/devstoreaccount1"));
    }

    [Theory]
    [InlineData("AccountName=x", "*AccountName and AccountKey*")]
    [InlineData("AccountName=x;AccountKey=not base64!", "*AccountKey is not valid base64*")]
    [InlineData("garbage", "*malformed*")]
    [InlineData("BlobEndpoint=https://x;SharedAccessSignature=sv=2020", "*SharedAccessSignature*not supported*")]
    public void Bad_connection_strings_are_refused_with_a_clear_message(string connectionString, string message)
    {
        var act = () => StorageConnection.Parse(connectionString);

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void The_key_never_appears_in_error_messages()
    {
        var act = () => StorageConnection.Parse("AccountName=x;AccountKey=c2VjcmV0!");

        act.Should().Throw<FormatException>().Which.Message.Should().NotContain("c2VjcmV0");
    }

    [Fact]
    public void Configuration_reads_the_Functions_connection_string_setting()
    {
        var configuration = Configuration(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        StorageConnection.FromConfiguration(configuration).AccountName.Should().Be("devstoreaccount1");
    }

    [Fact]
    public void Configuration_reads_identity_based_settings_with_a_user_assigned_managed_identity()
    {
        var configuration = Configuration(new()
        {
            ["AzureWebJobsStorage:accountName"] = "hdndprod",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var connection = StorageConnection.FromConfiguration(configuration);

        connection.AccountName.Should().Be("hdndprod");
        connection.TableServiceUri.Should().Be(new Uri("https://hdndprod.table.core.windows.net"));
        connection.QueueServiceUri.Should().Be(new Uri("https://hdndprod.queue.core.windows.net"));
        connection.BlobServiceUri.Should().Be(new Uri("https://hdndprod.blob.core.windows.net"));
        connection.ConnectionString.Should().BeNull();
        connection.Credential.Should().BeOfType<ManagedIdentityCredential>();
    }

    [Fact]
    public void Configuration_without_a_credential_setting_uses_the_default_credential()
    {
        var connection = StorageConnection.FromConfiguration(Configuration(new() { ["AzureWebJobsStorage:accountName"] = "hdnd" }));

        connection.Credential.Should().BeOfType<DefaultAzureCredential>();
    }

    [Fact]
    public void Configuration_reads_explicit_service_uris_for_identity()
    {
        var configuration = Configuration(new()
        {
            ["AzureWebJobsStorage:tableServiceUri"] = "https://hdnd.table.core.usgovcloudapi.net",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://hdnd.queue.core.usgovcloudapi.net",
        });

        var connection = StorageConnection.FromConfiguration(configuration);

        connection.AccountName.Should().Be("hdnd");
        connection.QueueServiceUri.Host.Should().Be("hdnd.queue.core.usgovcloudapi.net");
        connection.BlobServiceUri.Should().Be(new Uri("https://hdnd.blob.core.usgovcloudapi.net"), "the blob endpoint sits beside the others");
    }

    [Fact]
    public void Missing_configuration_names_the_settings_to_set()
    {
        var act = () => StorageConnection.FromConfiguration(new ConfigurationBuilder().Build());

        act.Should().Throw<InvalidOperationException>().WithMessage("*'AzureWebJobsStorage'*'AzureWebJobsStorage__accountName'*");
    }

    [Fact]
    public void An_endpoint_that_cannot_be_derived_is_named()
    {
        var act = () => StorageConnection.FromConfiguration(Configuration(new()
        {
            ["AzureWebJobsStorage:tableServiceUri"] = "http://127.0.0.1:10002/devstoreaccount1",
        }));

        act.Should().Throw<InvalidOperationException>().WithMessage("*'AzureWebJobsStorage__queueServiceUri'*");
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
