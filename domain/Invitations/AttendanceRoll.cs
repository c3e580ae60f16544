namespace HdndWorkflow.Domain.Invitations;

/// <summary>
/// Who is coming, who is not and who has not answered yet: a pure function of the invitees and their replies.
/// Entries keep the order of the invitation list.
/// </summary>
public sealed record AttendanceRoll(IReadOnlyList<RollEntry> Entries)
{
    public IReadOnlyList<RollEntry> Attending => [.. Entries.Where(entry => entry.WillAttend)];

    public IReadOnlyList<RollEntry> Declined =>
        [.. Entries.Where(entry => entry.Response.Kind == ResponseKind.Declined)];

    /// <summary>"Who has not answered yet": the invitees to remind.</summary>
    public IReadOnlyList<Invitee> NotAnswered =>
        [.. Entries.Where(entry => entry.Response.Kind == ResponseKind.NoAnswer).Select(entry => entry.Invitee)];

    /// <summary>The invitees without a firm answer, reminded until the deadline: no answer, or only "maybe".</summary>
    public IReadOnlyList<Invitee> ToRemind =>
        [.. Entries.Where(entry => entry.Response.Kind is ResponseKind.NoAnswer or ResponseKind.Tentative).Select(entry => entry.Invitee)];

    public RollCounts Counts => CountsWith(new HashSet<InviteeId>());

    /// <summary>
    /// The figures when the invitations of <paramref name="undelivered"/> came back undelivered: those of them without
    /// an answer count as <see cref="RollCounts.Undelivered"/>, not as invited nor as not answered. An answer that came
    /// anyway (the organizer recorded it, or the invitee found the link elsewhere) counts as that answer.
    /// </summary>
    public RollCounts CountsWith(IReadOnlySet<InviteeId> undelivered)
    {
        ArgumentNullException.ThrowIfNull(undelivered);
        var unreached = Entries.Count(entry => entry.Response.Kind == ResponseKind.NoAnswer && undelivered.Contains(entry.Invitee.Id));
        return new(
            Invited: Entries.Count - unreached,
            Accepted: Count(ResponseKind.Accepted),
            Declined: Count(ResponseKind.Declined),
            DeputiesSent: Count(ResponseKind.DeputySent),
            NotAnswered: Count(ResponseKind.NoAnswer) - unreached,
            Tentative: Count(ResponseKind.Tentative),
            Undelivered: unreached);
    }

    /// <summary>
    /// Builds the roll. For each invitee the latest reply counts (by time; on a tie, the later in the sequence);
    /// replies from people not on the list are ignored.
    /// </summary>
    public static AttendanceRoll Compute(IEnumerable<Invitee> invitees, IEnumerable<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(invitees);
        ArgumentNullException.ThrowIfNull(replies);

        var latest = new Dictionary<InviteeId, Reply>();
        foreach (var reply in replies)
        {
            if (!latest.TryGetValue(reply.InviteeId, out var current) || reply.AnsweredAt >= current.AnsweredAt)
            {
                latest[reply.InviteeId] = reply;
            }
        }

        return new AttendanceRoll(
        [
            .. invitees.Select(invitee => latest.TryGetValue(invitee.Id, out var reply)
                ? new RollEntry(invitee, reply.Response, reply.AnsweredAt)
                : new RollEntry(invitee, new InvitationResponse.NoAnswer(), null)),
        ]);
    }

    private int Count(ResponseKind kind) => Entries.Count(entry => entry.Response.Kind == kind);
}
