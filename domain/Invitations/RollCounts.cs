namespace HdndWorkflow.Domain.Invitations;

/// <summary>The figures of an attendance roll.</summary>
/// <param name="Tentative">Those whose calendar said "maybe": neither attending nor declined, and still reminded.</param>
public sealed record RollCounts(int Invited, int Accepted, int Declined, int DeputiesSent, int NotAnswered, int Tentative)
{
    /// <summary>How many people are expected: those who accepted plus the deputies.</summary>
    public int Attending => Accepted + DeputiesSent;

    /// <summary>Those with a firm answer: attending, sending a deputy or declined.</summary>
    public int Answered => Invited - NotAnswered - Tentative;
}
