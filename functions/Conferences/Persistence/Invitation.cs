using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Functions.Conferences.Persistence;

/// <summary>
/// One invitation as stored: the invitee, its place in the list, the random bits of its personal link, the answer
/// that counts and how it came, which revision of the conference the invitee (and the deputy, if one is sent) last
/// received, whether the invitee's e-mail came back undelivered (<see cref="Delivery"/>), and how often the organizer
/// corrected the address (<see cref="AddressRevision"/>: part of the e-mails' keys, so a letter to the corrected address
/// is not the one already sent); and whether the deputy's invitation came back undelivered (<see cref="DeputyDelivery"/>).
/// </summary>
internal sealed record Invitation(
    Invitee Invitee,
    int Order,
    string Nonce,
    Reply? Reply,
    int InvitedRevision,
    string? DeputyNonce,
    int DeputyInvitedRevision,
    ReplySource? Source = null,
    DeliveryFailure? Delivery = null,
    int AddressRevision = 0,
    DeliveryFailure? DeputyDelivery = null)
{
    /// <summary>Not yet sent anything: the revision recorded for a new invitation.</summary>
    public const int NotInvited = -1;

    public Deputy? Deputy => Reply?.Response is InvitationResponse.DeputySent sent ? sent.Deputy : null;

    /// <summary>
    /// The key of the deputy's e-mails (their <c>invitation_id</c>): one per deputy address, so that a replaced or
    /// corrected deputy is invited too, and a late bounce of an earlier address is told apart. It carries a digest of the
    /// address, never the address. Null without a deputy's address.
    /// </summary>
    public string? DeputyKey => Deputy?.Email is { } email
        ? $"{Invitee.Id}{DeputyKeyInfix}{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Value.ToUpperInvariant())))[..12]}"
        : null;

    /// <summary>What separates the invitee's id from the address digest in <see cref="DeputyKey"/>.</summary>
    public const string DeputyKeyInfix = "-deputy-";

    public static Invitation New(Invitee invitee, int order, string nonce) =>
        new(invitee, order, nonce, null, NotInvited, null, NotInvited);
}

/// <summary>An e-mail to the invitee that SendGrid reported as not delivered: what happened, why, when.</summary>
internal sealed record DeliveryFailure(HdndWorkflow.Email.Events.DeliveryFailureKind Kind, string? Reason, NodaTime.Instant At);

/// <summary>
/// A sixteenth of a conference's invitations (by the first hex digit of the invitee id: sixteen of the conference's
/// invitation partitions), so that the invitations of a large conference go out from sixteen activities in parallel;
/// <see cref="All"/> covers every invitation.
/// </summary>
internal readonly record struct InvitationShard(int Index, int Count)
{
    public const int Max = 16;

    public static InvitationShard All => new(0, 1);

    /// <summary>The first hex digit of the invitee ids of a sixteenth; meaningless for <see cref="All"/>.</summary>
    public string Digit => Index.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>How an answer came: the personal link, a reply by e-mail, a calendar's button, or the organizer.</summary>
public enum ReplyChannel
{
    Link,
    Email,
    Calendar,
    Organizer,
}

/// <summary>How an answer came, and from which address (a reply's sender, the organizer who recorded it).</summary>
internal sealed record ReplySource(ReplyChannel Channel, string? From = null)
{
    public static ReplySource Link { get; } = new(ReplyChannel.Link);
}
