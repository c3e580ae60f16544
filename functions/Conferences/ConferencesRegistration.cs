using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Security;
using HdndWorkflow.Functions.Storage;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conferences;

/// <summary>Registers conference planning: storage, the service shared by API and pages, links and mail.</summary>
public static class ConferencesRegistration
{
    public static WebApplicationBuilder AddConferences(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SigningOptions>().BindConfiguration(SigningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>();
        services.AddSingleton<LinkSigner>();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<ConferenceStore>();
        services.AddSingleton<ConferenceService>();
        services.AddSingleton<ConferenceMailer>();
        services.AddSingleton<HdndWorkflow.Email.Events.IDeliveryEventHandler, Delivery.InvitationDeliveryHandler>();
        services.AddAppTable(ConferenceStore.TableName);
        services.AddAppTable(ConferenceStore.CouncilIndexTableName);
        services.AddHostedService<CouncilIndexBackfill>();
        return builder;
    }
}
