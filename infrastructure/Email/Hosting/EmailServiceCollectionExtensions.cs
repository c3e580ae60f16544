using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Email.SendGrid;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Hosting;

/// <summary>Registers e-mail: <see cref="IEmailSender"/> over SendGrid when <c>SendGrid:ApiKey</c> is set, else the development mailbox.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IEmailSender"/>, the <see cref="EmailOutbox"/> ledger and, without a SendGrid key, the
    /// <see cref="DevelopmentMailbox"/> (map its pages with <see cref="DevelopmentMailboxEndpoints.MapDevelopmentMailbox"/>).
    /// Options (sections <c>Email</c> and <c>SendGrid</c>) are validated at start-up. Needs a
    /// <see cref="TableServiceClient"/> in the container; uses a registered <see cref="TimeProvider"/> or the system's.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EmailOutbox>();

        if (configuration.UsesDevelopmentMailbox())
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, SendGridSenderValidator>());
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

    /// <summary>True when no SendGrid key is configured, so e-mail goes to the development mailbox.</summary>
    public static bool UsesDevelopmentMailbox(this IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.IsNullOrWhiteSpace(configuration[$"{SendGridOptions.Section}:{nameof(SendGridOptions.ApiKey)}"]);
    }

    // A base address without a trailing slash would drop its last segment when "v3/mail/send" is resolved against it.
    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private sealed class SendGridOptionsValidator : IValidateOptions<SendGridOptions>
    {
        public ValidateOptionsResult Validate(string? name, SendGridOptions options) =>
            options.BaseUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("SendGrid:BaseUrl must be an absolute http(s) address, e.g. https://api.sendgrid.com.");
    }

    private sealed class SendGridSenderValidator : IValidateOptions<EmailOptions>
    {
        public ValidateOptionsResult Validate(string? name, EmailOptions options) =>
            options.FromAddress.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
                ? ValidateOptionsResult.Fail("Email:FromAddress must be set to a sender SendGrid has verified when SendGrid:ApiKey is set.")
                : ValidateOptionsResult.Success;
    }
}
