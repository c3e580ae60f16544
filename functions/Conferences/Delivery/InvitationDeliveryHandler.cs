using System.Globalization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Email;
using HdndWorkflow.Email.Events;
using HdndWorkflow.Functions.Conferences.Persistence;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Delivery;

/// <summary>
/// Marks invitations whose e-mail SendGrid reported as bounced, dropped or blocked, found by the e-mail's custom
/// arguments (<c>conference_id</c>, <c>invitation_id</c>, <c>address_revision</c>): the invitee's (whose
/// <c>invitation_id</c> is the invitee's id) or the deputy's (<c>{invitee id}-deputy-{digest of the address}</c>, see
/// <see cref="Invitation.DeputyKey"/>). Events of other e-mails (sign-in links, conclusions) and of rows since removed,
/// corrected or given another deputy are ignored; marking twice is harmless.
/// </summary>
internal sealed class InvitationDeliveryHandler(ConferenceStore store, ILogger<InvitationDeliveryHandler> logger) : IDeliveryEventHandler
{
    /// <summary>The custom argument with the invitation's <see cref="Invitation.AddressRevision"/> when the e-mail was sent.</summary>
    public const string AddressRevisionArg = "address_revision";

    public async Task HandleAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var item in events)
        {
            var key = item.CustomArgs.GetValueOrDefault(EmailCustomArgs.InvitationId) ?? string.Empty;
            var at = key.IndexOf(Invitation.DeputyKeyInfix, StringComparison.Ordinal);
            var deputy = at > 0;
            if (!Guid.TryParse(item.CustomArgs.GetValueOrDefault(EmailCustomArgs.ConferenceId), out var conference)
                || !Guid.TryParse(deputy ? key[..at] : key, out var invitee))
            {
                DeliveryLogs.NotAnInvitation(logger, item.Kind);
                continue;
            }

            var failure = new DeliveryFailure(item.Kind, item.Reason, Instant.FromDateTimeOffset(item.At));
            if (deputy)
            {
                var marked = await store.MarkDeputyUndeliveredAsync(new ConferenceId(conference), new InviteeId(invitee), key, failure, cancellationToken);
                DeliveryLogs.DeputyInvitationUndelivered(logger, conference, invitee, item.Kind, marked);
            }
            else
            {
                var revision = int.TryParse(item.CustomArgs.GetValueOrDefault(AddressRevisionArg), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
                var marked = await store.MarkUndeliveredAsync(new ConferenceId(conference), new InviteeId(invitee), revision, failure, cancellationToken);
                DeliveryLogs.InvitationUndelivered(logger, conference, invitee, item.Kind, marked);
            }
        }
    }
}
