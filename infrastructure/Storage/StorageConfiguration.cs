using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace HdndWorkflow.Storage;

/// <summary>
/// Reads a storage account from configuration the way Azure Functions does for <c>AzureWebJobsStorage</c>:
/// a connection string under the name itself, or identity-based settings under <c>Name__accountName</c>,
/// <c>Name__tableServiceUri</c>/<c>Name__queueServiceUri</c>, <c>Name__credential</c> and <c>Name__clientId</c>.
/// </summary>
public static class StorageConfiguration
{
    /// <summary>The Functions host's own storage setting.</summary>
    public const string DefaultSettingName = "AzureWebJobsStorage";

    /// <summary>Builds the account from the setting named <paramref name="name"/>.</summary>
    public static StorageAccount GetStorageAccount(this IConfiguration configuration, string name = DefaultSettingName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return StorageAccount.Parse(connectionString);
        }

        var section = configuration.GetSection(name);
        var credential = CredentialFrom(section);
        var accountName = section["accountName"];
        var tableUri = section["tableServiceUri"];
        var queueUri = section["queueServiceUri"];
        if (tableUri is not null && queueUri is not null)
        {
            return StorageAccount.FromCredential(new Uri(tableUri), new Uri(queueUri), credential);
        }

        if (!string.IsNullOrWhiteSpace(accountName))
        {
            return StorageAccount.FromCredential(accountName, credential);
        }

        throw new InvalidOperationException(
            $"Storage is not configured: set '{name}' to a connection string, or '{name}__accountName' for a managed identity.");
    }

    private static TokenCredential CredentialFrom(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
