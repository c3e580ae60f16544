namespace HdndWorkflow.Functions.Conferences.Workflow;

/// <summary>
/// The event that tells a conference's orchestration that the stored conference changed (rescheduled, cancelled,
/// registration closed early, held, invitees or a deputy added). The stored conference is the truth: the orchestration
/// reloads it, so the event only says what happened, for the history.
/// </summary>
public sealed record ConferenceChange(string What)
{
    public const string EventName = nameof(ConferenceChange);

    public const string Rescheduled = "rescheduled";
    public const string Cancelled = "cancelled";
    public const string RegistrationClosed = "registration-closed";
    public const string Held = "held";
    public const string InviteesAdded = "invitees-added";
    public const string DeputySent = "deputy-sent";
}
