using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace HdndWorkflow.Storage;

/// <summary>
/// How the app reaches a storage account, read the way Azure Functions reads <c>AzureWebJobsStorage</c>: a connection
/// string under the setting's name, or identity-based settings under <c>Name__accountName</c>, or
/// <c>Name__tableServiceUri</c>/<c>Name__queueServiceUri</c>/<c>Name__blobServiceUri</c>, with <c>Name__credential</c>
/// and <c>Name__clientId</c>. Creates the Azure SDK's Table, Queue and Blob service clients for it. Either
/// <see cref="ConnectionString"/> or <see cref="Credential"/> is set, never both.
/// </summary>
public sealed partial class StorageConnection
{
    /// <summary>The Functions host's own storage setting.</summary>
    public const string DefaultSettingName = "AzureWebJobsStorage";

    private static readonly string[] Services = ["table", "queue", "blob"];

    private StorageConnection(string accountName, Uri tableServiceUri, Uri queueServiceUri, Uri blobServiceUri, string? connectionString, byte[]? accountKey, TokenCredential? credential)
    {
        AccountName = accountName;
        TableServiceUri = WithoutTrailingSlash(tableServiceUri);
        QueueServiceUri = WithoutTrailingSlash(queueServiceUri);
        BlobServiceUri = WithoutTrailingSlash(blobServiceUri);
        ConnectionString = connectionString;
        AccountKey = accountKey;
        Credential = credential;
    }

    /// <summary>The storage account's name.</summary>
    public string AccountName { get; }

    /// <summary>The Table service endpoint, e.g. https://account.table.core.windows.net or http://127.0.0.1:10002/devstoreaccount1.</summary>
    public Uri TableServiceUri { get; }

    /// <summary>The Queue service endpoint, e.g. https://account.queue.core.windows.net.</summary>
    public Uri QueueServiceUri { get; }

    /// <summary>The Blob service endpoint, e.g. https://account.blob.core.windows.net.</summary>
    public Uri BlobServiceUri { get; }

    /// <summary>The connection string, as configured (it holds the account key: never log it); null for identity-based access.</summary>
    public string? ConnectionString { get; }

    /// <summary>The Entra ID credential (managed identity, developer sign-in); null when a connection string is used.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>The account key of a connection string, decoded; null for identity-based access.</summary>
    internal byte[]? AccountKey { get; }

    /// <summary>Reads the connection from the setting named <paramref name="name"/> (see the class's summary).</summary>
    public static StorageConnection FromConfiguration(IConfiguration configuration, string name = DefaultSettingName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return Parse(connectionString);
        }

        var section = configuration.GetSection(name);
        var accountName = section["accountName"];
        var explicitUris = Services.ToDictionary(s => s, s => section[$"{s}ServiceUri"] is { Length: > 0 } uri ? new Uri(uri) : null);
        if (string.IsNullOrWhiteSpace(accountName) && explicitUris.Values.All(u => u is null))
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set '{name}' to a connection string, or '{name}__accountName' for a managed identity.");
        }

        var sibling = explicitUris.Values.FirstOrDefault(u => u is not null);
        Uri UriOf(string service) =>
            explicitUris[service]
            ?? (string.IsNullOrWhiteSpace(accountName) ? null : new Uri($"https://{accountName}.{service}.core.windows.net"))
            ?? SiblingUri(sibling!, service)
            ?? throw new InvalidOperationException(
                $"Storage setting '{name}' names no account and no {service} endpoint: set '{name}__accountName' or '{name}__{service}ServiceUri'.");

        var table = UriOf("table");
        return new StorageConnection(
            string.IsNullOrWhiteSpace(accountName) ? AccountNameOf(sibling!) : accountName,
            table, UriOf("queue"), UriOf("blob"), null, null, CredentialFrom(section));
    }

    /// <summary>A connection with an Entra ID token (for example a managed identity), by account name, in the public Azure cloud.</summary>
    public static StorageConnection FromCredential(string accountName, TokenCredential credential)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageConnection(
            accountName,
            new Uri($"https://{accountName}.table.core.windows.net"),
            new Uri($"https://{accountName}.queue.core.windows.net"),
            new Uri($"https://{accountName}.blob.core.windows.net"),
            null, null, credential);
    }

    /// <summary>A client of the account's Table service.</summary>
    public TableServiceClient CreateTableServiceClient(TableClientOptions? options = null) => ConnectionString is { } connectionString
        ? new TableServiceClient(connectionString, options)
        : new TableServiceClient(TableServiceUri, Credential, options);

    /// <summary>A client of the account's Queue service.</summary>
    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions? options = null) => ConnectionString is { } connectionString
        ? new QueueServiceClient(connectionString, options)
        : new QueueServiceClient(QueueServiceUri, Credential, options);

    /// <summary>A client of the account's Blob service.</summary>
    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions? options = null) => ConnectionString is { } connectionString
        ? new BlobServiceClient(connectionString, options)
        : new BlobServiceClient(BlobServiceUri, Credential, options);

    private static TokenCredential CredentialFrom(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    // https://name.table.core.usgovcloudapi.net → https://name.queue.core.usgovcloudapi.net; null when the host names no service.
    private static Uri? SiblingUri(Uri known, string service)
    {
        var labels = known.Host.Split('.');
        if (labels.Length < 3 || !Services.Contains(labels[1], StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        labels[1] = service;
        return new UriBuilder(known) { Host = string.Join('.', labels) }.Uri;
    }

    internal static string AccountNameOf(Uri endpoint)
    {
        // https://name.table.core.windows.net → name; http://127.0.0.1:10002/devstoreaccount1 → devstoreaccount1.
        var path = endpoint.AbsolutePath.Trim('/');
        return path.Length > 0 ? path.Split('/')[0] : endpoint.Host.Split('.')[0];
    }

    internal static Uri WithoutTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? new Uri(uri.AbsoluteUri.TrimEnd('/')) : uri;
}
