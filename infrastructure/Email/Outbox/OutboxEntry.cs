namespace HdndWorkflow.Email.Outbox;

/// <summary>Where one idempotency key stands in the ledger.</summary>
public enum OutboxState
{
    /// <summary>Claimed by an attempt that is sending it, or crashed while it did.</summary>
    Sending,

    /// <summary>The provider accepted it.</summary>
    Sent,

    /// <summary>The provider refused it or could not be reached: it did not go out, and the next attempt sends it.</summary>
    Released,
}

/// <summary>One key's row in the ledger.</summary>
public sealed record OutboxEntry(
    string Key,
    OutboxState State,
    string Transport,
    DateTimeOffset ClaimedAt,
    int Attempts,
    DateTimeOffset? SentAt,
    string? ProviderMessageId,
    string? LastError);

/// <summary>The answer to a claim: whether this attempt may send the e-mail.</summary>
public enum OutboxClaimStatus
{
    /// <summary>This attempt owns the key and sends the e-mail.</summary>
    Claimed,

    /// <summary>Already sent: skip.</summary>
    AlreadySent,

    /// <summary>Another attempt claimed it within <see cref="EmailOptions.StaleClaimAfter"/>: skip.</summary>
    InProgress,

    /// <summary>A claim older than <see cref="EmailOptions.StaleClaimAfter"/> with no outcome: skip and report.</summary>
    Unconfirmed,
}

/// <summary>A claim on a key; when <see cref="Status"/> is Claimed, confirm it with MarkSent or give it back with Release.</summary>
public sealed record OutboxClaim(string Key, OutboxClaimStatus Status, OutboxEntry? Entry)
{
    internal Azure.ETag ETag { get; init; }
}
