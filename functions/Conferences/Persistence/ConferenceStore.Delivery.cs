using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Email.Events;
using HdndWorkflow.Storage;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>
/// Delivery feedback on the invitation rows: an e-mail to the invitee or to the deputy that came back, and the
/// organizer's corrected address. The invitee's columns are <c>DeliveryFailure</c>, <c>DeliveryReason</c> and
/// <c>DeliveryFailedAt</c>; the deputy's the same with the prefix <c>Deputy</c>.
/// </summary>
internal sealed partial class ConferenceStore
{
    private const int MaxReasonLength = 500;

    // The column prefixes of the invitee's and the deputy's delivery failure.
    private const string InviteeColumns = "";
    private const string DeputyColumns = "Deputy";

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

        return await MarkAsync(id, invitee, InviteeColumns, failure, existing.Value.ETag, cancellationToken);
    }

    /// <summary>
    /// Marks the deputy's e-mail as not delivered, if the invitation still names the deputy at the address the e-mail
    /// went to (<paramref name="deputyKey"/>, see <see cref="Invitation.DeputyKey"/>): a late bounce of a replaced or
    /// corrected deputy's address leaves the current one alone. False when nothing was marked.
    /// </summary>
    public async Task<bool> MarkDeputyUndeliveredAsync(ConferenceId id, InviteeId invitee, string deputyKey, DeliveryFailure failure, CancellationToken cancellationToken)
    {
        if (await GetInvitationWithETagAsync(id, invitee, cancellationToken) is not var (invitation, etag)
            || !string.Equals(invitation.DeputyKey, deputyKey, StringComparison.Ordinal))
        {
            return false;
        }

        return await MarkAsync(id, invitee, DeputyColumns, failure, etag, cancellationToken);
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
        };
        ClearDeliveryFailure(row, InviteeColumns);
        return _table.UpdateEntityAsync(row, etag, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Replaces the deputy's address, clears the deputy's delivery failure and marks the deputy as not yet invited, so
    /// that the workflow sends the deputy's invitation again, to the new address (whose key differs: see
    /// <see cref="Invitation.DeputyKey"/>). Refused (412) when the row changed since <paramref name="etag"/>.
    /// </summary>
    public Task CorrectDeputyAddressAsync(ConferenceId id, InviteeId invitee, EmailAddress email, ETag etag, CancellationToken cancellationToken)
    {
        var row = new TableEntity(ShardKey(id, invitee), StoredFormats.Key(invitee.Value))
        {
            ["DeputyEmail"] = email.Value,
            ["DeputyInvitedRevision"] = Invitation.NotInvited,
        };
        ClearDeliveryFailure(row, DeputyColumns);
        return _table.UpdateEntityAsync(row, etag, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The invitation and its row's ETag; null when there is none.</summary>
    public async Task<(Invitation Invitation, ETag ETag)?> GetInvitationWithETagAsync(ConferenceId id, InviteeId invitee, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(ShardKey(id, invitee), StoredFormats.Key(invitee.Value), cancellationToken: cancellationToken);
        return row.HasValue ? (ReadInvitation(row.Value!), row.Value!.ETag) : null;
    }

    private async Task<bool> MarkAsync(ConferenceId id, InviteeId invitee, string whose, DeliveryFailure failure, ETag etag, CancellationToken cancellationToken)
    {
        var row = new TableEntity(ShardKey(id, invitee), StoredFormats.Key(invitee.Value))
        {
            [$"{whose}DeliveryFailure"] = failure.Kind.ToString(),
            [$"{whose}DeliveryReason"] = failure.Reason is { Length: > MaxReasonLength } text ? text[..MaxReasonLength] : failure.Reason ?? string.Empty,
            [$"{whose}DeliveryFailedAt"] = failure.At.ToDateTimeOffset(),
        };
        try
        {
            await _table.UpdateEntityAsync(row, etag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Removed, or its address corrected, meanwhile.
            return false;
        }
    }

    private static void ClearDeliveryFailure(TableEntity row, string whose)
    {
        row[$"{whose}DeliveryFailure"] = string.Empty;
        row[$"{whose}DeliveryReason"] = string.Empty;
    }

    private static DeliveryFailure? ReadDeliveryFailure(TableEntity row, string whose) =>
        Enum.TryParse<DeliveryFailureKind>(row.GetString($"{whose}DeliveryFailure"), out var kind) && row.GetDateTimeOffset($"{whose}DeliveryFailedAt") is { } at
            ? new DeliveryFailure(kind, row.GetString($"{whose}DeliveryReason") is { Length: > 0 } reason ? reason : null, Instant.FromDateTimeOffset(at))
            : null;
}
