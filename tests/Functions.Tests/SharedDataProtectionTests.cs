using Azure.Data.Tables;
using HdndWorkflow.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests;

public sealed class SharedDataProtectionTests
{
    [Fact]
    public async Task What_one_instance_protects_another_instance_on_the_same_storage_unprotects()
    {
        await using var azurite = await Azurite.StartAsync();
        var settings = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString };
        await using var first = new AppFactory(settings);
        await using var second = new AppFactory(settings);
        first.CreateClient().Dispose();
        second.CreateClient().Dispose();

        var purpose = "sign-in-cookie";
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("Nguyễn Văn A");

        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(protectedText).Should().Be("Nguyễn Văn A");
        var keys = azurite.Connection.CreateTableServiceClient().GetTableClient("DataProtectionKeys");
        (await keys.QueryAsync<TableEntity>().ToListAsync()).Should().ContainSingle("the key ring lives in storage, not on one machine's disk");
    }
}
