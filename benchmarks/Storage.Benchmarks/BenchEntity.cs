using System.Globalization;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>
/// The entity every table benchmark writes and reads: the shape of a workflow step (string, int, bool, double, Int64,
/// DateTime and Guid properties), as a <see cref="TableEntity"/> for the client and as hand-written JSON for the raw
/// baseline. <see cref="Program"/> checks that both serialise to the same bytes.
/// </summary>
internal static class BenchEntity
{
    private static readonly Guid WorkflowId = Guid.Parse("6f1c2b8e-3d4a-4e5f-9a0b-1c2d3e4f5a6b");
    private static readonly DateTimeOffset DueAt = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static TableEntity Create(string partitionKey, string rowKey) => new(partitionKey, rowKey)
    {
        ["Step"] = "AwaitingConfirmation",
        ["Attempt"] = 3,
        ["Confirmed"] = false,
        ["Amount"] = 1234.5,
        ["Version"] = 7L,
        ["DueAt"] = DueAt,
        ["WorkflowId"] = WorkflowId,
    };

    public static string Json(string partitionKey, string rowKey) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"PartitionKey":"{{partitionKey}}","RowKey":"{{rowKey}}","Step":"AwaitingConfirmation","Attempt":3,"Confirmed":false,"Amount@odata.type":"Edm.Double","Amount":1234.5,"Version@odata.type":"Edm.Int64","Version":"7","DueAt@odata.type":"Edm.DateTime","DueAt":"2026-01-15T09:30:00.0000000Z","WorkflowId@odata.type":"Edm.Guid","WorkflowId":"{{WorkflowId}}"}""");
}
