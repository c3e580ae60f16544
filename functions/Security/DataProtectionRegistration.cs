using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace HdndWorkflow.Functions.Security;

/// <summary>Shares the data-protection key ring through Table Storage across instances and restarts.</summary>
public static class DataProtectionRegistration
{
    public static WebApplicationBuilder AddSharedDataProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDataProtection().SetApplicationName("HdndWorkflow");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<TableServiceClient>((options, tables) => options.XmlRepository = new TableXmlRepository(tables));
        return builder;
    }
}
