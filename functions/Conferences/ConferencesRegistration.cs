using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Security;
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
        services.AddHostedService<ConferenceTablesInitializer>();
        return builder;
    }
}

/// <summary>Creates the conferences table at start-up, retrying while storage is not yet reachable.</summary>
internal sealed class ConferenceTablesInitializer(ConferenceStore store, ILogger<ConferenceTablesInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.CreateTableAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < 10 && e is Azure.RequestFailedException or HttpRequestException)
            {
                logger.ConferenceTablesRetry(attempt, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
