using Microsoft.Extensions.Configuration;

namespace HdndWorkflow.Storage.Tests;

public sealed class StorageAccountTests
{
    [Fact]
    public void Development_storage_uses_the_emulator_defaults()
    {
        var account = StorageAccount.Parse("UseDevelopmentStorage=true");

        account.AccountName.Should().Be("devstoreaccount1");
        account.TableEndpoint.Should().Be(new Uri("http://127.0.0.1:10002/devstoreaccount1"));
        account.QueueEndpoint.Should().Be(new Uri("http://127.0.0.1:10001/devstoreaccount1"));
    }

    [Fact]
    public void Account_name_and_key_build_endpoints_from_protocol_and_suffix()
    {
        var account = StorageAccount.Parse("DefaultEndpointsProtocol=https;AccountName=hdnd;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn");

        account.AccountName.Should().Be("hdnd");
        account.TableEndpoint.Should().Be(new Uri("https://hdnd.table.core.chinacloudapi.cn"));
        account.QueueEndpoint.Should().Be(new Uri("https://hdnd.queue.core.chinacloudapi.cn"));
    }

    [Fact]
    public void Explicit_endpoints_win_and_round_trip_through_the_connection_string()
    {
        var account = StorageAccount.Parse("AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:5000/devstoreaccount1/;QueueEndpoint=http://127.0.0.1:5001/devstoreaccount1");

        var again = StorageAccount.Parse(account.ToConnectionString()!);

        again.TableEndpoint.Should().Be(new Uri("http://127.0.0.1:5000/devstoreaccount1"));
        again.QueueEndpoint.Should().Be(new Uri("http://127.0.0.1:5001/devstoreaccount1"));
    }

    [Theory]
    [InlineData("AccountName=x", "*AccountName and AccountKey*")]
    [InlineData("AccountName=x;AccountKey=not base64!", "*AccountKey is not valid base64*")]
    [InlineData("garbage", "*malformed*")]
    [InlineData("BlobEndpoint=https://x;SharedAccessSignature=sv=2020", "*SharedAccessSignature*not supported*")]
    public void Bad_connection_strings_are_refused_with_a_clear_message(string connectionString, string message)
    {
        var act = () => StorageAccount.Parse(connectionString);

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void The_key_never_appears_in_error_messages()
    {
        var act = () => StorageAccount.Parse("AccountName=x;AccountKey=c2VjcmV0!");

        act.Should().Throw<FormatException>().Which.Message.Should().NotContain("c2VjcmV0");
    }

    [Fact]
    public void Configuration_reads_the_Functions_connection_string_setting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
            .Build();

        configuration.GetStorageAccount().AccountName.Should().Be("devstoreaccount1");
    }

    [Fact]
    public void Configuration_reads_identity_based_settings_with_a_user_assigned_managed_identity()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage:accountName"] = "hdndprod",
                ["AzureWebJobsStorage:credential"] = "managedidentity",
                ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
            })
            .Build();

        var account = configuration.GetStorageAccount();

        account.TableEndpoint.Should().Be(new Uri("https://hdndprod.table.core.windows.net"));
        account.QueueEndpoint.Should().Be(new Uri("https://hdndprod.queue.core.windows.net"));
        account.ToConnectionString().Should().BeNull();
    }

    [Fact]
    public void Configuration_reads_explicit_service_uris_for_identity()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage:tableServiceUri"] = "https://hdnd.table.core.usgovcloudapi.net",
                ["AzureWebJobsStorage:queueServiceUri"] = "https://hdnd.queue.core.usgovcloudapi.net",
            })
            .Build();

        var account = configuration.GetStorageAccount();

        account.AccountName.Should().Be("hdnd");
        account.QueueEndpoint.Host.Should().Be("hdnd.queue.core.usgovcloudapi.net");
    }

    [Fact]
    public void Missing_configuration_names_the_settings_to_set()
    {
        var act = () => new ConfigurationBuilder().Build().GetStorageAccount();

        act.Should().Throw<InvalidOperationException>().WithMessage("*'AzureWebJobsStorage'*'AzureWebJobsStorage__accountName'*");
    }
}
