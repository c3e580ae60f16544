namespace HdndWorkflow.Domain.Replies;

/// <summary>
/// Reads a reply to an invitation, in Vietnamese with or without diacritics, polite forms and common typos included:
/// an acceptance ("Xác nhận tham dự ạ", "toi se co mat"), a refusal with its reason ("Xin phép vắng mặt vì trùng lịch
/// tiếp xúc cử tri"), or a deputy with name, title and e-mail when given ("Cử đ/c Lê Văn B, Phó Chủ tịch HĐND phường
/// dự thay"). Anything not clearly one of these (an out-of-office reply, a maybe, a question, yes and no at once, a
/// deputy without a title) is <see cref="ReplyReading.Unclear"/>: the organizer reads it. It is never guessed. Pure.
/// Split by concern: this file (the decision), <c>.Signals</c> (what the words say), <c>.Deputy</c> (names and
/// titles), <c>.Reason</c> (why someone cannot come).
/// </summary>
public static partial class ReplyClassifier
{
    /// <summary>Longer new text is not a simple answer and goes to the organizer.</summary>
    public const int MaxLength = 1500;

    /// <summary>
    /// Reads <paramref name="newText"/> (the reply without quoted history: see <see cref="ReplyText"/>) and the
    /// sender's own words in the subject (<see cref="ReplySubject.UserPart"/>). <paramref name="automatic"/> is true
    /// when the mail itself says it was sent automatically (Auto-Submitted, X-Autoreply).
    /// </summary>
    public static ReplyReading Classify(string? newText, string? subjectPart = null, bool automatic = false)
    {
        var text = string.Join('\n', new[] { subjectPart, newText }.Where(part => !string.IsNullOrWhiteSpace(part)));
        if (automatic)
        {
            return new ReplyReading.Unclear(UnclearReason.AutoReply);
        }

        // A text too long to be a simple answer is read only in its beginning, for whether it is an automatic reply or
        // says nothing: reading the words takes time that grows with the square of their number (a mail of 200,000
        // characters would keep a core busy for half an hour).
        var whole = ReplyTokens.Read(text);
        var tooLong = whole.Text.Length > MaxLength;
        var reply = tooLong ? ReplyTokens.Read(whole.Text[..MaxLength]) : whole;
        var names = MarkNames(reply);
        var signals = new Signals(reply);
        if (signals.Has(ReplyWords.AutoReply))
        {
            return new ReplyReading.Unclear(UnclearReason.AutoReply);
        }

        if (!signals.SaysAnything)
        {
            return new ReplyReading.Unclear(UnclearReason.Empty);
        }

        if (tooLong)
        {
            return new ReplyReading.Unclear(UnclearReason.TooLong);
        }

        if (reply.Asks || signals.Has(ReplyWords.Questions))
        {
            return new ReplyReading.Unclear(UnclearReason.Question);
        }

        // Part of the day ("Sáng tham dự, chiều xin phép vắng"), a maybe, a condition: the organizer decides.
        if (signals.Has(ReplyWords.Uncertain) || (signals.Has("sang") && signals.Has("chieu")))
        {
            return new ReplyReading.Unclear(UnclearReason.Uncertain);
        }

        var (accepts, refuses) = (signals.Accepts, signals.Refuses);
        if (signals.DeputyTrigger is { } trigger)
        {
            if (accepts && !refuses)
            {
                // "I attend, and so does …": two people, not a deputy.
                return new ReplyReading.Unclear(UnclearReason.Conflicting);
            }

            var deputy = FindDeputy(reply, names, trigger);
            return deputy is { Name.Length: > 0, Title.Length: > 0 }
                ? new ReplyReading.SendDeputy(deputy)
                : new ReplyReading.Unclear(UnclearReason.DeputyIncomplete, deputy);
        }

        return (accepts, refuses) switch
        {
            (true, true) => new ReplyReading.Unclear(UnclearReason.Conflicting),
            (true, false) when signals.Has(ReplyWords.Qualifiers) => new ReplyReading.Unclear(UnclearReason.Uncertain),
            (true, false) => new ReplyReading.Accept(),
            (false, true) => new ReplyReading.Decline(FindReason(reply, signals)),
            _ => new ReplyReading.Unclear(UnclearReason.NotUnderstood),
        };
    }
}
