namespace HdndWorkflow.Domain.Replies;

/// <summary>Why someone cannot come, in the words of the reply.</summary>
public static partial class ReplyClassifier
{
    /// <summary>Longest reason kept; a longer one is cut at a word.</summary>
    public const int MaxReasonLength = 300;

    // "… vì trùng lịch tiếp xúc cử tri." → "Trùng lịch tiếp xúc cử tri"; without "vì" / "do" / "lý do", the other
    // clauses and sentences of the reply that are not courtesy ("Xin phép vắng mặt. Tôi đang điều trị tại bệnh viện.").
    private static string? FindReason(ReplyTokens reply, Signals signals)
    {
        var words = reply.Words;
        // The first "vì" / "do" / "lý do" of the reply, and what follows it in its sentence up to "nên".
        var marked = ReplyWords.ReasonMarkers
            .SelectMany(marker => signals.Find(marker).Select(at => (At: at, Start: at + marker.Split(' ').Length)))
            .OrderBy(m => m.At)
            .Select(m => words.Skip(m.Start).TakeWhile(w => w.Sentence == words[m.At].Sentence && w.Word != "nen").ToList())
            .FirstOrDefault(clause => clause.Count > 0 && !IsRefusalOnly(signals, clause));
        if (marked is not null)
        {
            return Tidy(reply.Text[marked[0].Start..marked[^1].End]);
        }

        // "Hôm đó tôi đi công tác nên không tham dự được": the reason before "nên".
        foreach (var at in signals.Find("nen"))
        {
            var before = words.Take(at).Where(w => w.Clause == words[at].Clause).SkipWhile(w => ReplyWords.Fillers.Contains(w.Word)).ToList();
            if (before.Count > 0 && RefusingClauses(signals).Contains(words[at].Clause))
            {
                return Tidy(reply.Text[before[0].Start..before[^1].End]);
            }
        }

        var refusing = RefusingClauses(signals);
        var other = words.Where(w => !refusing.Contains(w.Clause)).GroupBy(w => w.Clause)
            .Select(clause => clause.ToList())
            .Where(clause => !IsCourtesy(reply.Text[clause[0].Start..clause[^1].End]) && clause.Any(w => !ReplyWords.Fillers.Contains(w.Word)))
            .Select(clause => reply.Text[clause[0].Start..clause[^1].End])
            .Take(2)
            .ToList();
        return other.Count == 0 ? null : Tidy(string.Join(", ", other));
    }

    // The clauses that hold the refusal itself ("xin phép vắng mặt", "không tham dự được").
    private static HashSet<int> RefusingClauses(Signals signals)
    {
        var clauses = new HashSet<int>();
        foreach (var phrase in ReplyWords.Refusals.Concat(ReplyWords.Negators).Append("xin phep").Append("rat tiec"))
        {
            foreach (var at in signals.Find(phrase))
            {
                clauses.Add(signals.Words[at].Clause);
            }
        }

        return clauses;
    }

    private static bool IsRefusalOnly(Signals signals, List<ReplyToken> clause) =>
        clause.All(w => ReplyWords.Fillers.Contains(w.Word) || w.Word is "khong" or "the" or "tham" or "du" or "duoc");

    private static string? Tidy(string reason)
    {
        var text = string.Join(' ', reason.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.', ';', ':', '-', '!');
        foreach (var tail in new[] { " ạ", " a", " nhé" })
        {
            if (text.EndsWith(tail, StringComparison.Ordinal))
            {
                text = text[..^tail.Length];
            }
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > MaxReasonLength)
        {
            var cut = text.LastIndexOf(' ', MaxReasonLength);
            text = text[..(cut > 0 ? cut : MaxReasonLength)] + "\u2026";
        }

        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
