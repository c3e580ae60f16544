using Azure;

namespace HdndWorkflow.Storage.Tables;

/// <summary>One page of a query and the opaque token that continues it (null on the last page).</summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, string? ContinuationToken)
{
    internal static string? TokenFrom(Response response)
    {
        if (!response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partitionKey))
        {
            return null;
        }

        return response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var rowKey) ? $"{partitionKey} {rowKey}" : partitionKey;
    }

    internal static bool TryParseToken(string? token, out string partitionKey, out string? rowKey)
    {
        partitionKey = string.Empty;
        rowKey = null;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var space = token.IndexOf(' ', StringComparison.Ordinal);
        partitionKey = space < 0 ? token : token[..space];
        rowKey = space < 0 ? null : token[(space + 1)..];
        return true;
    }
}
