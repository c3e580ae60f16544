using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Email.Events;
using HdndWorkflow.Storage;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>Delivery feedback on the invitation rows: an e-mail that came back, and the organizer's corrected address.</summary>
internal sealed partial class ConferenceStore
{
    private const int MaxReasonLength = 500;

    /// <summary>
    /// Marks the invitee's e-mail as not delivered, if the row exists and its address has not been corrected since the
    /// e-mail was sent (<paramref name="addressRevision"/>): a late bounce of the old address leaves the new one alone.
    /// False when nothing was marked.
    /// </summary>
    public async Task<bool> MarkUndeliveredAsync(ConferenceId id, InviteeId invitee, int addressRevision, DeliveryFailure failure, CancellationToken cancellationToken)
    {
        var existing = await _table.GetEntityIfExistsAsync<TableEntity>(ShardKey(id, invitee), StoredFormats.Key(invitee.Value), ["AddressRevision"], cancellationToken);
        if (!existing.HasValue || (existing.Value!.GetInt32("AddressRevision") ?? 0) != addressRevision)
        {
            return false;
        }

        var row = new TableEntity(ShardKey(id, invitee), StoredFormats.Key(invitee.Value))
        {
            ["DeliveryFailure"] = failure.Kind.ToString(),
            ["DeliveryReason"] = failure.Reason is { Length: > MaxReasonLength } text ? text[..MaxReasonLength] : failure.Reason ?? string.Empty,
            ["DeliveryFailedAt"] = failure.At.ToDateTimeOffset(),
        };
        try
        {
            await _table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Removed, or its address corrected, meanwhile.
            return false;
        }
    }

    /// <summary>
    /// Replaces the invitee's address, clears the delivery failure, counts the correction and marks the invitee as not
    /// yet invited, so that the workflow sends the invitation again, to the new address, under a key of its own.
    /// Refused (412) when the row changed since <paramref name="etag"/>.
    /// </summary>
    public Task CorrectAddressAsync(ConferenceId id, Invitation invitation, EmailAddress email, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var invitee = invitation.Invitee.Id;
        var row = new TableEntity(ShardKey(id, invitee), StoredFormats.Key(invitee.Value))
        {
            ["Email"] = email.Value,
            ["AddressRevision"] = invitation.AddressRevision + 1,
            ["InvitedRevision"] = Invitation.NotInvited,
            ["DeliveryFailure"] = string.Empty,
            ["DeliveryReason"] = string.Empty,
        };
        return _table.UpdateEntityAsync(row, etag, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The invitation and its row's ETag; null when there is none.</summary>
    public async Task<(Invitation Invitation, ETag ETag)?> GetInvitationWithETagAsync(ConferenceId id, InviteeId invitee, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(ShardKey(id, invitee), StoredFormats.Key(invitee.Value), cancellationToken: cancellationToken);
        return row.HasValue ? (ReadInvitation(row.Value!), row.Value!.ETag) : null;
    }

    private static DeliveryFailure? ReadDeliveryFailure(TableEntity row) =>
        Enum.TryParse<DeliveryFailureKind>(row.GetString("DeliveryFailure"), out var kind) && row.GetDateTimeOffset("DeliveryFailedAt") is { } at
            ? new DeliveryFailure(kind, row.GetString("DeliveryReason") is { Length: > 0 } reason ? reason : null, Instant.FromDateTimeOffset(at))
            : null;
}
