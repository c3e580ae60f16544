using Azure.Core;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Names a Table or Queue request by what it does, from its method and path (the REST API's shapes).</summary>
internal static class RequestKind
{
    public const string QueueReceive = "queue_receive";
    public const string QueueReceiveEmpty = "queue_receive_empty";

    public static string Of(StorageKind service, Request request)
    {
        var method = request.Method.Method;
        var path = request.Uri.Path;
        var segment = path[(path.LastIndexOf('/') + 1)..];
        var conditional = request.Headers.Contains("If-Match");
        return service == StorageKind.Table
            ? (method, segment) switch
            {
                ("POST", "$batch") => "table_transaction",
                ("POST", "Tables") => "table_create",
                ("POST", _) => "table_insert",
                ("GET", _) when segment.EndsWith("()", StringComparison.Ordinal) => "table_query",
                ("GET", _) => "table_point_read",
                ("PUT", _) => conditional ? "table_update_replace" : "table_upsert_replace",
                ("MERGE", _) => conditional ? "table_update_merge" : "table_upsert_merge",
                ("DELETE", _) => "table_delete",
                _ => "table_" + method.ToLowerInvariant(),
            }
            : (method, IsMessages: segment == "messages", IsMessage: path.Contains("/messages/", StringComparison.Ordinal)) switch
            {
                ("POST", true, _) => "queue_put",
                ("GET", true, _) => request.Uri.Query.Contains("peekonly", StringComparison.OrdinalIgnoreCase) ? "queue_peek" : QueueReceive,
                ("DELETE", _, true) => "queue_delete",
                ("PUT", _, true) => "queue_update",
                ("PUT", _, _) => "queue_create",
                ("GET", _, _) => "queue_metadata",
                _ => "queue_" + method.ToLowerInvariant(),
            };
    }
}

/// <summary>Which storage service a client talks to.</summary>
internal enum StorageKind
{
    Table,
    Queue,
}
