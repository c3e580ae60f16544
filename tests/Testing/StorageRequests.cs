using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;

namespace HdndWorkflow.Testing;

/// <summary>
/// What a storage request is, read from its REST form (the Table, Queue and Blob services' wire protocol), for
/// <see cref="StorageFaultRule"/>s and the fault report: an insert into a table, an entity group transaction on a
/// table, a conditional update, a message sent to a queue.
/// </summary>
public static partial class StorageRequests
{
    private const string EmulatorAccount = "devstoreaccount1";

    /// <summary>
    /// The table, queue or blob container the request is about ("Conferences", "hdndworkflow-control-02"), with
    /// "$batch:" before the table of a transaction.
    /// </summary>
    public static string Target(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = FirstSegment(request);
        return target == "$batch" ? $"$batch:{TransactionTable(request)}" : target;
    }

    /// <summary>An insert of one entity into <paramref name="table"/> (POST to the table).</summary>
    public static bool IsInsert(Request request, string table) =>
        request.Method == RequestMethod.Post && FirstSegment(request) == table && Segments(request).Length == 1;

    /// <summary>A conditional update (If-Match an ETag, not "*") of an entity of <paramref name="table"/>.</summary>
    public static bool IsConditionalUpdate(Request request, string table) =>
        (request.Method == RequestMethod.Put || request.Method == RequestMethod.Patch || request.Method.Method == "MERGE")
        && FirstSegment(request) == table
        && request.Headers.TryGetValue("If-Match", out var etag) && etag != "*";

    /// <summary>An entity group transaction on <paramref name="table"/>, optionally only one whose body holds <paramref name="containing"/>.</summary>
    public static bool IsTransaction(Request request, string table, string? containing = null) =>
        request.Method == RequestMethod.Post && FirstSegment(request) == "$batch" && TransactionTable(request) == table
        && (containing is null || Body(request).Contains(containing, StringComparison.Ordinal));

    /// <summary>A message sent to a queue whose name starts with <paramref name="queuePrefix"/>, optionally only one that holds <paramref name="containing"/>.</summary>
    public static bool IsQueueSend(Request request, string queuePrefix, string? containing = null) =>
        request.Method == RequestMethod.Post && Segments(request) is [var queue, "messages"] && queue.StartsWith(queuePrefix, StringComparison.Ordinal)
        && (containing is null || Body(request).Contains(containing, StringComparison.Ordinal));

    // The request body, as text; only for table and queue requests, whose content can be written more than once.
    private static string Body(Request request)
    {
        if (request.Content is null)
        {
            return string.Empty;
        }

        using var body = new MemoryStream();
        request.Content.WriteTo(body, CancellationToken.None);
        return Encoding.UTF8.GetString(body.ToArray());
    }

    // The table the transaction's first operation names ("POST http://…/Conferences HTTP/1.1", "MERGE …/Conferences(…)").
    private static string TransactionTable(Request request) =>
        OperationLine().Match(Body(request)) is { Success: true } line ? line.Groups["table"].Value : "?";

    private static string FirstSegment(Request request) => Segments(request) is [var first, ..] ? first.Split('(')[0] : string.Empty;

    // The path's segments after the account (which the emulator puts first in the path, and Azure in the host name).
    private static string[] Segments(Request request)
    {
        var segments = request.Uri.Path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is [EmulatorAccount, .. var rest] ? rest : segments;
    }

    [GeneratedRegex(@"^(?:POST|PUT|PATCH|MERGE|DELETE|GET) \S+/(?<table>[A-Za-z][A-Za-z0-9]*)(?:\(|\?| )", RegexOptions.Multiline)]
    private static partial Regex OperationLine();
}
