using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Invitations;

/// <summary>
/// The figures of an attendance roll. <see cref="Invited"/> counts the invitations that reached their invitee (or may
/// have: no failure reported); those that came back undelivered and were not answered otherwise are
/// <see cref="Undelivered"/> ("Không đến được"), counted neither as invited nor as not answered. So Invited = Accepted +
/// Declined + DeputiesSent + Tentative + NotAnswered, and Invited + Undelivered is the whole list.
/// </summary>
/// <param name="Tentative">Those whose calendar said "maybe": neither attending nor declined, and still reminded.</param>
/// <param name="Undelivered">Those whose invitation came back undelivered and who have not answered.</param>
public sealed record RollCounts(int Invited, int Accepted, int Declined, int DeputiesSent, int NotAnswered, int Tentative, int Undelivered = 0)
{
    /// <summary>How many people are expected: those who accepted plus the deputies.</summary>
    public int Attending => Accepted + DeputiesSent;

    /// <summary>Those with a firm answer: attending, sending a deputy or declined.</summary>
    public int Answered => Invited - NotAnswered - Tentative;

    /// <summary>
    /// "1.203 tham dự, 1 cử người dự thay, 1 có thể tham dự, 2 không tham dự, 4 chưa trả lời, 1 không đến được": every
    /// figure of the roll, "maybe" apart from those attending, those for "maybe" and undelivered only when there are any.
    /// </summary>
    public string Summary()
    {
        List<string> parts =
        [
            Part(Accepted, "tham dự"),
            Part(DeputiesSent, "cử người dự thay"),
            .. Tentative > 0 ? [Part(Tentative, "có thể tham dự")] : Array.Empty<string>(),
            Part(Declined, "không tham dự"),
            Part(NotAnswered, "chưa trả lời"),
            .. Undelivered > 0 ? [Part(Undelivered, "không đến được")] : Array.Empty<string>(),
        ];
        return string.Join(", ", parts);
    }

    private static string Part(int count, string what) => $"{VietnameseFormat.Count(count)} {what}";
}
