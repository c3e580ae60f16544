using System.Globalization;

namespace HdndWorkflow.Email;

/// <summary>
/// Idempotency keys: "at most one e-mail per (invitation, purpose, revision)". Build the key from those three and the
/// same e-mail sent again, by a retried or replayed activity, is recognised and skipped.
/// </summary>
public static class EmailKey
{
    /// <summary>"{invitation}:{purpose}:r{revision}", e.g. "3f2a…:invitation:r0".</summary>
    public static string For(string invitationId, string purpose, int revision)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invitationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        return string.Create(CultureInfo.InvariantCulture, $"{invitationId}:{purpose}:r{revision}");
    }
}

/// <summary>Why an e-mail is sent; part of its key and of its custom arguments.</summary>
public static class EmailPurposes
{
    public const string Invitation = "invitation";

    /// <summary>The conference changed (rescheduled): a REQUEST with a higher SEQUENCE.</summary>
    public const string Update = "update";

    public const string Cancellation = "cancellation";

    /// <summary>The <paramref name="number"/>th reminder of a revision (1 = first), so each reminder has its own key.</summary>
    public static string Reminder(int number) =>
        number < 1
            ? throw new ArgumentOutOfRangeException(nameof(number), number, "Reminders are numbered from 1.")
            : string.Create(CultureInfo.InvariantCulture, $"reminder-{number}");
}

/// <summary>The custom arguments every e-mail carries, so that SendGrid's events can be matched to invitations.</summary>
public static class EmailCustomArgs
{
    public const string InvitationId = "invitation_id";
    public const string Purpose = "purpose";
    public const string Revision = "revision";

    /// <summary>The conference an invitation's e-mail belongs to: with <see cref="InvitationId"/> it finds the roll's row.</summary>
    public const string ConferenceId = "conference_id";

    /// <summary>Added by the sender to every e-mail: search SendGrid's activity by it to see whether a key went out.</summary>
    public const string EmailKey = "email_key";

    /// <summary>
    /// The standard arguments for an invitation's e-mail: ids only, never personal data (SendGrid keeps them with every
    /// event, and its event webhook sends them back).
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(string invitationId, string purpose, int revision, string? conferenceId = null)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [InvitationId] = invitationId,
            [Purpose] = purpose,
            [Revision] = revision.ToString(CultureInfo.InvariantCulture),
        };
        if (conferenceId is not null)
        {
            args[ConferenceId] = conferenceId;
        }

        return args;
    }
}
