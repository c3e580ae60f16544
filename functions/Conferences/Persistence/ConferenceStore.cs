using System.Text.Json;
using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>
/// Conferences in Table Storage: table <c>Conferences</c> (PartitionKey = council, RowKey = conference; the document
/// and columns to list by), and table <c>Invitations</c> (PartitionKey = conference, RowKey = invitee; one row each,
/// so a conference of thousands of invitees stays within entity limits and its roll is one partition query).
/// </summary>
internal sealed class ConferenceStore(TableServiceClient tables)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _conferences = tables.GetTableClient("Conferences");
    private readonly TableClient _invitations = tables.GetTableClient("Invitations");

    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        await _conferences.CreateIfNotExistsAsync(cancellationToken);
        await _invitations.CreateIfNotExistsAsync(cancellationToken);
    }

    /// <summary>Stores a new conference and its invitees; returns the conference row's ETag.</summary>
    public async Task<ETag> CreateAsync(Conference conference, CancellationToken cancellationToken)
    {
        await SaveInviteesAsync(conference.Id, conference.Invitees, cancellationToken);
        return await _conferences.AddEntityAsync(Row(conference), cancellationToken);
    }

    /// <summary>Replaces the conference if it is still at <paramref name="etag"/> (412 otherwise); invitees are upserted.</summary>
    public async Task<ETag> UpdateAsync(Conference conference, ETag etag, CancellationToken cancellationToken)
    {
        await SaveInviteesAsync(conference.Id, conference.Invitees, cancellationToken);
        return await _conferences.UpdateEntityAsync(Row(conference), etag, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The conference with its invitees and its ETag; null when it does not exist.</summary>
    public async Task<(Conference Conference, ETag ETag)?> GetAsync(CouncilId council, ConferenceId id, CancellationToken cancellationToken)
    {
        var row = await _conferences.GetEntityAsync(council.Value, StoredFormats.Key(id.Value), cancellationToken: cancellationToken);
        if (row is null)
        {
            return null;
        }

        var document = row.GetBinary("Document")!.ToObjectFromJson<ConferenceDocument>(Json)!;
        var invitees = new List<Invitee>();
        await foreach (var invitation in _invitations.QueryAsync(TableFilter.Create($"PartitionKey eq {StoredFormats.Key(id.Value)}"), cancellationToken: cancellationToken))
        {
            invitees.Add(ReadInvitee(invitation));
        }

        return (document.ToConference(invitees.OrderBy(i => i.Id.Value).ToList()), row.ETag);
    }

    private async Task SaveInviteesAsync(ConferenceId id, IReadOnlyList<Invitee> invitees, CancellationToken cancellationToken)
    {
        foreach (var chunk in invitees.Chunk(100))
        {
            await _invitations.SubmitTransactionAsync(
                [.. chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertMerge, InviteeRow(id, i)))],
                cancellationToken);
        }
    }

    private static TableEntity Row(Conference conference) => new(conference.Council.Id.Value, StoredFormats.Key(conference.Id.Value))
    {
        ["Document"] = BinaryData.FromObjectAsJson(ConferenceDocument.From(conference), Json).ToArray(),
        ["Title"] = conference.Title,
        ["Date"] = conference.Schedule.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Status"] = conference.Status.ToString(),
        ["Revision"] = conference.Revision,
        ["InviteeCount"] = conference.Invitees.Count,
    };

    private static TableEntity InviteeRow(ConferenceId conference, Invitee invitee)
    {
        var row = new TableEntity(StoredFormats.Key(conference.Value), StoredFormats.Key(invitee.Id.Value))
        {
            ["Name"] = invitee.Name,
            ["Email"] = invitee.Email.Value,
        };
        if (invitee is Invitee.Person person)
        {
            (row["Kind"], row["Title"], row["Organization"]) = ("Person", person.Title, person.Organization);
        }
        else
        {
            row["Kind"] = "Unit";
        }

        return row;
    }

    private static Invitee ReadInvitee(TableEntity row)
    {
        var id = new InviteeId(Guid.Parse(row.RowKey));
        var email = EmailAddress.From(row.GetString("Email"));
        return row.GetString("Kind") == "Unit"
            ? new Invitee.Unit(id, row.GetString("Name") ?? string.Empty, email)
            : new Invitee.Person(id, row.GetString("Name") ?? string.Empty, row.GetString("Title") ?? string.Empty, row.GetString("Organization") ?? string.Empty, email);
    }
}
