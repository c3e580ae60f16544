using System.Globalization;
using Azure.Core;

namespace HdndWorkflow.Storage;

/// <summary>
/// Where an Azure Storage account's Table and Queue services live and how requests to them are authorised:
/// with the account key (SharedKeyLite) or with an Entra ID token (managed identity, developer sign-in).
/// </summary>
public sealed class StorageAccount
{
    internal const string DevelopmentAccountName = "devstoreaccount1";

    // The emulator's well-known key, published in Azurite's and Microsoft's documentation; it guards nothing.
    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageAccount(Uri tableEndpoint, Uri queueEndpoint, string accountName, byte[]? accountKey, TokenCredential? credential)
    {
        TableEndpoint = WithoutTrailingSlash(tableEndpoint);
        QueueEndpoint = WithoutTrailingSlash(queueEndpoint);
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
        return new StorageAccount(tableEndpoint, queueEndpoint, AccountNameOf(tableEndpoint), null, credential);
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
        new(tableEndpoint, queueEndpoint, DevelopmentAccountName, Convert.FromBase64String(DevelopmentAccountKey), null);

    /// <summary>
    /// Parses a storage connection string: <c>UseDevelopmentStorage=true</c>, an account name and key with
    /// <c>DefaultEndpointsProtocol</c> and <c>EndpointSuffix</c>, or explicit <c>TableEndpoint</c>/<c>QueueEndpoint</c>.
    /// </summary>
    public static StorageAccount Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = ParseSettings(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var development)
            && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            var proxy = settings.TryGetValue("DevelopmentStorageProxyUri", out var p) ? new Uri(p) : new Uri("http://127.0.0.1");
            return ForEmulator(
                new Uri($"{proxy.Scheme}://{proxy.Host}:10002/{DevelopmentAccountName}"),
                new Uri($"{proxy.Scheme}://{proxy.Host}:10001/{DevelopmentAccountName}"));
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw new FormatException("Storage connection strings with a SharedAccessSignature are not supported: use an account key or a managed identity.");
        }

        if (!settings.TryGetValue("AccountName", out var accountName) || !settings.TryGetValue("AccountKey", out var accountKey))
        {
            throw new FormatException("The storage connection string needs AccountName and AccountKey (or UseDevelopmentStorage=true).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException)
        {
            throw new FormatException("The storage connection string's AccountKey is not valid base64.");
        }

        var protocol = settings.TryGetValue("DefaultEndpointsProtocol", out var proto) ? proto : "https";
        var suffix = settings.TryGetValue("EndpointSuffix", out var sfx) ? sfx : "core.windows.net";
        var table = settings.TryGetValue("TableEndpoint", out var t) ? new Uri(t) : new Uri($"{protocol}://{accountName}.table.{suffix}");
        var queue = settings.TryGetValue("QueueEndpoint", out var q) ? new Uri(q) : new Uri($"{protocol}://{accountName}.queue.{suffix}");
        return new StorageAccount(table, queue, accountName, key, null);
    }

    /// <summary>A connection string that reaches this account with its key; null for token-based accounts.</summary>
    public string? ToConnectionString() => AccountKey is null
        ? null
        : string.Create(CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol={TableEndpoint.Scheme};AccountName={AccountName};AccountKey={Convert.ToBase64String(AccountKey)};TableEndpoint={TableEndpoint};QueueEndpoint={QueueEndpoint}");

    private static Dictionary<string, string> ParseSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException("The storage connection string is malformed: every setting must be Name=Value.");
            }

            settings[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return settings;
    }

    private static string AccountNameOf(Uri endpoint)
    {
        // https://name.table.core.windows.net → name; http://127.0.0.1:10002/devstoreaccount1 → devstoreaccount1.
        var path = endpoint.AbsolutePath.Trim('/');
        return path.Length > 0 ? path.Split('/')[0] : endpoint.Host.Split('.')[0];
    }

    private static Uri WithoutTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? new Uri(uri.AbsoluteUri.TrimEnd('/')) : uri;
}
