using HdndWorkflow.Functions.Storage;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>Registers replies by e-mail: the signed reply addresses, the inbound store, the inbox and its confirmations.</summary>
public static class InboundRegistration
{
    public static WebApplicationBuilder AddInboundReplies(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<InboundOptions>, InboundOptionsValidator>();
        services.AddSingleton<ReplyAddresses>();
        services.AddSingleton<InboundStore>();
        services.AddSingleton<ReplyConfirmations>();
        services.AddSingleton<ReplyInbox>();
        services.AddAppTable(InboundStore.TableName);
        return builder;
    }
}
