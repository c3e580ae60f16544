using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage.Tables;

/// <summary>
/// The entry point to an account's Table service. Owns one HttpPipeline, shared by the <see cref="TableClient"/>s it
/// hands out; thread-safe, meant to be a singleton.
/// </summary>
public sealed class TableServiceClient
{
    // Azure.Data.Tables speaks this version too; the Table service's REST API has not changed since.
    internal const string ServiceVersion = "2019-02-02";

    /// <summary>Creates the client for the account's Table service.</summary>
    public TableServiceClient(StorageAccount account, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        Endpoint = account.TableEndpoint;
        Pipeline = StoragePipeline.Create(account, StorageService.Table, ServiceVersion, options);
    }

    /// <summary>The Table service endpoint.</summary>
    public Uri Endpoint { get; }

    internal HttpPipeline Pipeline { get; }

    /// <summary>A client for one table (the table itself is not created: see <see cref="TableClient.CreateIfNotExistsAsync"/>).</summary>
    public TableClient GetTableClient(string tableName) => new(this, tableName);
}
