using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Email.SendGrid;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Hosting;

/// <summary>
/// Registers e-mail: <see cref="IEmailSender"/> over SendGrid, or, in Development without a SendGrid key, the
/// development mailbox. Outside Development there is no mailbox: without <c>SendGrid:ApiKey</c> the app does not start.
/// </summary>
public static class EmailServiceCollectionExtensions
{
    private const string ApiKeySetting = $"{SendGridOptions.Section}:{nameof(SendGridOptions.ApiKey)}";

    /// <summary>
    /// Adds <see cref="IEmailSender"/>, the <see cref="EmailOutbox"/> ledger and, in Development without a SendGrid key,
    /// the <see cref="DevelopmentMailbox"/> (map its pages with <see cref="DevelopmentMailboxEndpoints.MapDevelopmentMailbox"/>).
    /// Options (sections <c>Email</c> and <c>SendGrid</c>) are validated at start-up: outside Development a missing
    /// SendGrid key stops the start with a message naming the setting. Needs a <see cref="TableServiceClient"/> in the
    /// container; uses a registered <see cref="TimeProvider"/> or the system's.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EmailOutbox>();
        services.AddSendGridEventWebhook(configuration);

        if (configuration.UsesDevelopmentMailbox(environment))
        {
            services.TryAddSingleton<DevelopmentMailbox>();
            services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<DevelopmentMailbox>());
            return services;
        }

        services.AddOptions<SendGridOptions>()
            .Bind(configuration.GetSection(SendGridOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendGridOptions>, SendGridOptionsValidator>());
        if (!string.IsNullOrWhiteSpace(configuration[ApiKeySetting]))
        {
            // Without a key the key's own failure says what to do; the sender matters once there is one.
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, SendGridSenderValidator>());
        }

        services.TryAddSingleton(provider => new SendGridResilience(
            provider.GetRequiredService<IOptions<SendGridOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger<SendGridEmailSender>()));

        // A typed client: IHttpClientFactory pools and rotates the handlers; the key is set per request, not here.
        services.AddHttpClient(SendGridEmailSender.HttpClientName, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<SendGridOptions>>().Value;
                client.BaseAddress = WithTrailingSlash(options.BaseUrl);
                client.Timeout = options.Timeout;
            })
            .AddTypedClient((http, provider) => new SendGridEmailSender(
                http,
                provider.GetRequiredService<IOptions<SendGridOptions>>().Value,
                provider.GetRequiredService<IOptions<EmailOptions>>().Value,
                provider.GetRequiredService<EmailOutbox>(),
                provider.GetRequiredService<SendGridResilience>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<SendGridEmailSender>>()));
        services.AddTransient<IEmailSender>(provider => provider.GetRequiredService<SendGridEmailSender>());
        return services;
    }

    /// <summary>
    /// True in Development when no SendGrid key is configured: e-mail then goes to the development mailbox. Never
    /// outside Development, where anyone could read the mailbox, sign-in links included.
    /// </summary>
    public static bool UsesDevelopmentMailbox(this IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration[ApiKeySetting]);
    }

    // A base address without a trailing slash would drop its last segment when "v3/mail/send" is resolved against it.
    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private sealed class SendGridOptionsValidator : IValidateOptions<SendGridOptions>
    {
        public ValidateOptionsResult Validate(string? name, SendGridOptions options)
        {
            var failures = new List<string>();
            if (string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add($"{ApiKeySetting} is not set (app setting SendGrid__ApiKey). Outside Development the app sends e-mail "
                    + "through SendGrid and does not start without its key; the development mailbox exists only in Development.");
            }

            if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add("SendGrid:BaseUrl must be an absolute http(s) address, e.g. https://api.sendgrid.com.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }

    private sealed class SendGridSenderValidator : IValidateOptions<EmailOptions>
    {
        public ValidateOptionsResult Validate(string? name, EmailOptions options) =>
            options.FromAddress.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
                ? ValidateOptionsResult.Fail("Email:FromAddress must be set to a sender SendGrid has verified when SendGrid:ApiKey is set.")
                : ValidateOptionsResult.Success;
    }
}
