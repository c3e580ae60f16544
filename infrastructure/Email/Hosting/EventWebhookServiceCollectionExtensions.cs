using HdndWorkflow.Email.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Hosting;

/// <summary>Registers SendGrid's signed Event Webhook (map it with <see cref="EventWebhookEndpoints.MapSendGridEventWebhook"/>).</summary>
public static class EventWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook's verifier and its table of seen event ids (section <c>SendGrid:EventWebhook</c>). The app
    /// registers the <see cref="IDeliveryEventHandler"/> that acts on the failures. A public key that is not a P-256
    /// SubjectPublicKeyInfo in base64 stops the start.
    /// </summary>
    public static IServiceCollection AddSendGridEventWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EventWebhookOptions>()
            .Bind(configuration.GetSection(EventWebhookOptions.Section))
            .ValidateDataAnnotations()
            .Validate(options => ValidKey(options.PublicKey), "SendGrid:EventWebhook:PublicKey must be the verification key SendGrid shows for the signed event webhook (base64).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EventWebhookVerifier>();
        services.TryAddSingleton<SeenEvents>();
        return services;
    }

    private static bool ValidKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return true;
        }

        try
        {
            using var ecdsa = System.Security.Cryptography.ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.Trim()), out _);
            return ecdsa.KeySize == 256;
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
