namespace HdndWorkflow.Storage;

/// <summary>Connection strings: validated here, so that a bad setting fails start-up with a message that names no secret.</summary>
public sealed partial class StorageConnection
{
    /// <summary>The storage emulator's well-known account.</summary>
    internal const string DevelopmentAccountName = "devstoreaccount1";

    // The emulator's well-known key, published in Azurite's and Microsoft's documentation; it guards nothing.
    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Parses a storage connection string: <c>UseDevelopmentStorage=true</c>, an account name and key with
    /// <c>DefaultEndpointsProtocol</c> and <c>EndpointSuffix</c>, or explicit <c>TableEndpoint</c>, <c>QueueEndpoint</c>
    /// and <c>BlobEndpoint</c>. Shared access signatures are refused.
    /// </summary>
    public static StorageConnection Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = ParseSettings(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var development)
            && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            var proxy = settings.TryGetValue("DevelopmentStorageProxyUri", out var p) ? new Uri(p) : new Uri("http://127.0.0.1");
            Uri Emulator(int port) => new($"{proxy.Scheme}://{proxy.Host}:{port}/{DevelopmentAccountName}");
            return new StorageConnection(
                DevelopmentAccountName, Emulator(10002), Emulator(10001), Emulator(10000),
                connectionString, Convert.FromBase64String(DevelopmentAccountKey), null);
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
        Uri Endpoint(string service, string setting) =>
            settings.TryGetValue(setting, out var explicitUri) ? new Uri(explicitUri) : new Uri($"{protocol}://{accountName}.{service}.{suffix}");
        return new StorageConnection(
            accountName,
            Endpoint("table", "TableEndpoint"),
            Endpoint("queue", "QueueEndpoint"),
            Endpoint("blob", "BlobEndpoint"),
            connectionString, key, null);
    }

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
}
