using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace HdndWorkflow.Functions.Security;

/// <summary>
/// ASP.NET Core data-protection keys (they protect the sign-in cookie and antiforgery tokens) in Table Storage, so
/// that every instance of the app, and the app after a restart, reads what another instance protected. One row per
/// key in table <c>DataProtectionKeys</c>; access to them is access to the storage account (managed identity in Azure).
/// </summary>
/// <remarks>The interface is synchronous; keys are read once per key ring refresh (about daily) and written rarely.</remarks>
internal sealed class TableXmlRepository(TableServiceClient tables) : IXmlRepository
{
    public const string TableName = "DataProtectionKeys";
    private const string Partition = "key";

    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly Lazy<Task> _created = new(() => tables.GetTableClient(TableName).CreateIfNotExistsAsync());

    public IReadOnlyCollection<XElement> GetAllElements() => ReadAllAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        StoreAsync(element, friendlyName).GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyCollection<XElement>> ReadAllAsync()
    {
        await _created.Value;
        var elements = new List<XElement>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")))
        {
            elements.Add(XElement.Parse(row.GetString("Xml")!));
        }

        return elements;
    }

    private async Task StoreAsync(XElement element, string friendlyName)
    {
        await _created.Value;
        var rowKey = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        await _table.UpsertEntityAsync(
            new TableEntity(Partition, rowKey) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) },
            TableUpdateMode.Replace);
    }
}
