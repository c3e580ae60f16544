using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Replies;

/// <summary>People's names and titles in a reply: who is sent, as what.</summary>
public static partial class ReplyClassifier
{
    private const int MaxNameWords = 5;
    private const int MaxTitleWords = 16;

    // Words before a place's name ("tỉnh Lâm Đồng", "tại Hồ Chí Minh"): what follows is no person.
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "tinh", "huyen", "xa", "phuong", "quan", "thi", "tran", "thanh", "pho", "tai", "o", "ra", "vao", "ve", "khu", "so", "ban", "dac",
    };

    // "Lê Văn B", "Nguyễn Thị Thu Hà": a run of capitalised words in one clause that starts with a surname or follows
    // "đồng chí" / "ông" / "bà"; it ends at a title ("Phó Chủ tịch …"). Its words are marked so they are not read as
    // answers ("Nguyễn Văn K" holds no "không"). Returns each name as (first word, last word).
    private static List<(int First, int Last)> MarkNames(ReplyTokens reply)
    {
        var words = reply.Words;
        var names = new List<(int, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            var honoured = FollowsHonorific(words, i);
            if (!words[i].Capitalised || StartsTitle(reply, i) || (!honoured && !ReplyWords.Surnames.Contains(words[i].Word)))
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && last + 1 - i < MaxNameWords && words[last + 1].Capitalised && words[last + 1].Clause == words[i].Clause
                && words[last + 1].Start == words[last].End + 1 && !StartsTitle(reply, last + 1))
            {
                last++;
            }

            // "tỉnh Lâm Đồng", "tại Hà Nội" are places; "xã Nguyễn Hữu Thắng" three words from a surname on, a person.
            if (!honoured && FollowsPlaceWord(words, i) && (last - i < 2 || words[i].Word == "ho" && words[i + 1].Word == "chi"))
            {
                continue;
            }

            var folded = string.Join(' ', words.Skip(i).Take(last - i + 1).Select(w => w.Word));
            if ((last > i || honoured) && !ReplyWords.Courtesies.Contains(folded) && folded is not ("tran trong" or "xac nhan" or "tham du"))
            {
                for (var k = i; k <= last; k++)
                {
                    words[k] = words[k] with { InName = true };
                }

                names.Add((i, last));
                i = last;
            }
        }

        return names;
    }

    private static Deputy? FindDeputy(ReplyTokens reply, List<(int First, int Last)> names, int trigger)
    {
        var words = reply.Words;
        var sentence = words[trigger].Sentence;
        var inSentence = names.Where(n => words[n.First].Sentence == sentence).ToList();
        var after = inSentence.Where(n => n.First > trigger).ToList();
        var candidates = after.Count > 0 ? after : inSentence;
        if (candidates.Count != 1)
        {
            // No name, or two people: the organizer reads it.
            return null;
        }

        var (first, last) = candidates[0];
        var name = Span(reply, first, last);
        var title = TitleAfter(reply, last) ?? TitleBefore(reply, first, trigger) ?? string.Empty;
        var email = reply.Emails.Where(e => e.Start > words[first].Start).Select(e => e.Address).FirstOrDefault()
            ?? (reply.Emails.Count == 1 ? reply.Emails[0].Address : null);
        return new Deputy(name, title, email is null ? null : EmailAddress.From(email));
    }

    // "…, Phó Chủ tịch HĐND phường dự thay": from a title's first word to the verb, the contact details or the clause's end.
    private static string? TitleAfter(ReplyTokens reply, int nameLast)
    {
        var words = reply.Words;
        var at = nameLast + 1;

        // "…, hiện là Phó Chủ tịch", "… (chức vụ: Chánh Văn phòng)".
        while (at < words.Count && words[at].Sentence == words[nameLast].Sentence && words[at].Word is "la" or "hien" or "dang" or "chuc" or "vu" or "giu")
        {
            at++;
        }

        return at < words.Count && words[at].Sentence == words[nameLast].Sentence && StartsTitle(reply, at) ? TitleFrom(reply, at) : null;
    }

    // "cử đồng chí Phó Chủ tịch HĐND phường Lê Văn B dự thay": the title between "đồng chí" and the name.
    private static string? TitleBefore(ReplyTokens reply, int nameFirst, int trigger)
    {
        var words = reply.Words;
        for (var at = Math.Min(trigger, nameFirst) + 1; at < nameFirst; at++)
        {
            if (StartsTitle(reply, at))
            {
                var title = Span(reply, at, nameFirst - 1).TrimEnd(',', ' ', '\u2013', '-');
                return title.Length == 0 ? null : title;
            }
        }

        return null;
    }

    private static string TitleFrom(ReplyTokens reply, int start)
    {
        var words = reply.Words;
        var end = start;
        for (var at = start + 1; at < words.Count && at - start < MaxTitleWords; at++)
        {
            if (words[at].Sentence != words[start].Sentence || Gap(reply, at - 1, at).IndexOfAny([',', ';', '(', ')', '\n']) >= 0
                || reply.Emails.Any(e => e.Start >= words[at - 1].End && e.Start < words[at].Start) || EndsTitle(reply, at))
            {
                break;
            }

            end = at;
        }

        return Span(reply, start, end).TrimEnd(' ', '-', '\u2013');
    }

    private static bool StartsTitle(ReplyTokens reply, int at)
    {
        var words = reply.Words;
        if (words[at].Word == "truong")
        {
            // "Trưởng …" is a title, "Trương …" a surname; without diacritics only "truong ban", "truong phong" tell.
            return words[at].Original == "trưởng";
        }

        return ReplyWords.TitleStarts.Any(title => StartsWith(words, at, title));
    }

    private static bool EndsTitle(ReplyTokens reply, int at) => ReplyWords.TitleEnds.Any(end => StartsWith(reply.Words, at, end))
        && !(reply.Words[at].Word == "du" && !Spelled(reply.Words[at], single: true));

    private static bool StartsWith(List<ReplyToken> words, int at, string phrase)
    {
        var parts = phrase.Split(' ');
        return at + parts.Length <= words.Count && parts.Select((part, k) => words[at + k].Word == part).All(match => match);
    }

    private static bool FollowsHonorific(List<ReplyToken> words, int at) =>
        ReplyWords.Honorifics.Any(h =>
        {
            var parts = h.Split(' ');
            var start = at - parts.Length;
            // A capitalised one-word "Anh", "Em", "Chị" may itself be a name ("Nguyễn Thị Anh").
            return start >= 0 && StartsWith(words, start, h) && words[start].Clause == words[at].Clause
                && (parts.Length > 1 || (Spelled(words[start], single: true) && (!words[start].Capitalised || start == 0 || words[start - 1].Sentence != words[start].Sentence)));
        });

    private static bool FollowsPlaceWord(List<ReplyToken> words, int at) =>
        at > 0 && !words[at - 1].Capitalised && PlaceWords.Contains(words[at - 1].Word);

    // The text between two words: separators such as commas and brackets.
    private static string Gap(ReplyTokens reply, int left, int right) => reply.Text[reply.Words[left].End..reply.Words[right].Start];

    private static string Span(ReplyTokens reply, int first, int last) =>
        string.Join(' ', reply.Text[reply.Words[first].Start..reply.Words[last].End].Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
