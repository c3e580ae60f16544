using Azure.Core;

namespace HdndWorkflow.Storage;

/// <summary>
/// Where an Azure Storage account's Table and Queue services live and how requests to them are authorised:
/// with the account key (SharedKeyLite) or with an Entra ID token (managed identity, developer sign-in).
/// </summary>
public sealed class StorageAccount
{
    private StorageAccount(Uri tableEndpoint, Uri queueEndpoint, string accountName, byte[]? accountKey, TokenCredential? credential)
    {
        TableEndpoint = StorageConnection.WithoutTrailingSlash(tableEndpoint);
        QueueEndpoint = StorageConnection.WithoutTrailingSlash(queueEndpoint);
        AccountName = accountName;
        AccountKey = accountKey;
        Credential = credential;
    }

    /// <summary>The Table service endpoint, e.g. https://account.table.core.windows.net or http://127.0.0.1:10002/devstoreaccount1.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>The Queue service endpoint, e.g. https://account.queue.core.windows.net.</summary>
    public Uri QueueEndpoint { get; }

    /// <summary>The storage account's name.</summary>
    public string AccountName { get; }

    internal byte[]? AccountKey { get; }

    internal TokenCredential? Credential { get; }

    /// <summary>An account reached with an Entra ID token (for example a managed identity).</summary>
    public static StorageAccount FromCredential(Uri tableEndpoint, Uri queueEndpoint, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(queueEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageAccount(tableEndpoint, queueEndpoint, StorageConnection.AccountNameOf(tableEndpoint), null, credential);
    }

    /// <summary>An account reached with an Entra ID token, by account name, in the public Azure cloud.</summary>
    public static StorageAccount FromCredential(string accountName, TokenCredential credential)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        return FromCredential(
            new Uri($"https://{accountName}.table.core.windows.net"),
            new Uri($"https://{accountName}.queue.core.windows.net"),
            credential);
    }

    /// <summary>The storage emulator's well-known development account at the given endpoints (Azurite on any port).</summary>
    public static StorageAccount ForEmulator(Uri tableEndpoint, Uri queueEndpoint) =>
        new(tableEndpoint, queueEndpoint, StorageConnection.DevelopmentAccountName, Convert.FromBase64String(StorageConnection.DevelopmentAccountKey), null);

    /// <summary>Parses a storage connection string with an account key, as <see cref="StorageConnection.Parse"/> does.</summary>
    public static StorageAccount Parse(string connectionString)
    {
        var connection = StorageConnection.Parse(connectionString);
        return new StorageAccount(connection.TableServiceUri, connection.QueueServiceUri, connection.AccountName, connection.AccountKey, null);
    }
}
