using HdndWorkflow.Functions.Hosting;
using HdndWorkflow.Functions.Management.Api;
using HdndWorkflow.Functions.Storage;

namespace HdndWorkflow.Functions.Management;

/// <summary>Registers the management of orchestration instances: the API, the console's services and the audit table.</summary>
public static class ManagementRegistration
{
    public static WebApplicationBuilder AddManagement(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<InstanceAccess>();
        services.AddSingleton<InstanceCatalog>();
        services.AddSingleton<InstanceManager>();
        services.AddSingleton<ManagementAudit>();
        services.AddAppTable(ManagementAudit.TableName);
        // Under the Functions host, Durable Functions' own path never reaches the app (see ManagementApi).
        services.AddSingleton(new InstanceLinks(forwarded: CustomHandlerHosting.IsUnderFunctionsHost(builder.Configuration)));
        return builder;
    }
}
