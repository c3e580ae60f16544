namespace HdndWorkflow.Domain.Invitations;

/// <summary>The figures of an attendance roll.</summary>
public sealed record RollCounts(int Invited, int Accepted, int Declined, int DeputiesSent, int NotAnswered)
{
    /// <summary>How many people are expected: those who accepted plus the deputies.</summary>
    public int Attending => Accepted + DeputiesSent;

    public int Answered => Invited - NotAnswered;
}
