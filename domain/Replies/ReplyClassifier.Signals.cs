namespace HdndWorkflow.Domain.Replies;

/// <summary>What the words of a reply say: acceptance, refusal, a deputy, doubt.</summary>
public static partial class ReplyClassifier
{
    // Words whose folded form is shared with other words: matched only as these spellings (or typed without
    // diacritics). "vâng" (yes) is not "vắng" (absent), "cử tri" (voters) holds no "cử" (send), "dù" is not "dự".
    private static readonly Dictionary<string, string[]> Spellings = new(StringComparer.Ordinal)
    {
        ["vang"] = ["vắng"], ["cu"] = ["cử"], ["nho"] = ["nhờ"], ["van"] = ["vẫn"], ["du"] = ["dự", "dư"], ["co"] = ["có"],
        ["se"] = ["sẽ"], ["chi"] = ["chị"], ["ba"] = ["bà"], ["ong"] = ["ông"], ["do"] = [], ["vi"] = ["vì"], ["tru"] = ["trừ"],
        ["them"] = ["thêm"], ["nhung"] = ["nhưng"], ["neu"] = ["nếu"], ["gang"] = ["gắng"], ["toi"] = ["tới"],
        ["muon"] = ["muộn"], ["chang"] = ["chẳng", "chả"], ["den"] = ["đến"], ["di"] = ["đi"], ["mat"] = ["mặt"], ["kho"] = ["khó"],
        ["giao"] = ["giao"], ["tam"] = ["tạm"], ["hoi"] = ["hỏi", "hội"], ["sang"] = ["sáng"], ["boi"] = ["bởi"], ["chieu"] = ["chiều"], ["nen"] = ["nên"],
    };

    // Verbs that a negation before them turns into a refusal ("không sắp xếp được", "không đi được").
    private static readonly string[] NegatableVerbs = [.. ReplyWords.AttendVerbs, "sap xep", "bo tri", "den", "di", "toi", "ve kip", "kip"];

    // After a verb of attending: "tham dự được", "có mặt đầy đủ".
    private static readonly string[] Confirmations = ["duoc", "day du", "dung gio", "dung hen"];

    // A verb of attending that negation after it refuses: "tham dự không được".
    private static readonly string[] NegationsAfter = ["khong duoc", "khong kip", "khong the"];

    private sealed class Signals
    {
        private readonly ReplyTokens _reply;
        private readonly List<ReplyToken> _words;

        public Signals(ReplyTokens reply)
        {
            _reply = reply;
            _words = reply.Words;
            foreach (var verb in NegatableVerbs.OrderByDescending(v => v.Length))
            {
                foreach (var at in Find(verb))
                {
                    var length = verb.Split(' ').Length;
                    if (AboutSomethingElse(at, length))
                    {
                        continue;
                    }

                    if (NegatedBefore(at) || NegatedAfter(at + length))
                    {
                        Refuses = true;
                    }
                    else if (ReplyWords.AttendVerbs.Contains(verb) && Affirmed(at, length))
                    {
                        Accepts = true;
                    }
                }
            }

            Refuses |= Has(ReplyWords.Refusals) || Has("duoc vang") || Has("xin duoc vang");
            Accepts |= Has("xac nhan co mat") || BareConfirmation() || WillCome();
            DeputyTrigger = FindDeputyTrigger();
            SaysAnything = Accepts || Refuses || DeputyTrigger is not null
                || (_words.Any(word => !ReplyWords.Fillers.Contains(word.Word) && !word.InName) && !_reply.Text.Split('\n').All(IsCourtesy));
        }

        public bool Accepts { get; }

        public bool Refuses { get; }

        /// <summary>Where the reply sends someone ("cử", "dự thay"), not negated; null when it does not.</summary>
        public int? DeputyTrigger { get; }

        public bool SaysAnything { get; }

        public List<ReplyToken> Words => _words;

        public bool Has(IEnumerable<string> phrases) => phrases.Any(Has);

        public bool Has(string phrase) => Find(phrase).Any();

        /// <summary>Where the phrase starts, word for word within one clause, no word of it part of a name.</summary>
        public IEnumerable<int> Find(string phrase)
        {
            var parts = phrase.Split(' ');
            for (var i = 0; i + parts.Length <= _words.Count; i++)
            {
                var matches = true;
                for (var k = 0; k < parts.Length && matches; k++)
                {
                    var word = _words[i + k];
                    matches = word.Word == parts[k] && !word.InName && word.Clause == _words[i].Clause && Spelled(word, parts.Length == 1 || IsAmbiguous(parts[k]));
                }

                if (matches)
                {
                    yield return i;
                }
            }
        }

        // "dự thay" and "đại diện tham dự" are a deputy's, "tham dự hội nghị khác" another event's: no answer of the invitee's.
        private bool AboutSomethingElse(int at, int length)
        {
            var after = at + length;
            if (after < _words.Count && _words[after].Word == "thay" && _words[after].Clause == _words[at].Clause)
            {
                return true;
            }

            if (at >= 2 && _words[at - 2].Word == "dai" && _words[at - 1].Word == "dien")
            {
                return true;
            }

            return _words.Skip(after).Take(4).TakeWhile(w => w.Clause == _words[at].Clause).Any(w => w.Word == "khac");
        }

        // "không tham dự", "không thể tham dự", "ko dự được": a negation up to three words before, in the clause.
        private bool NegatedBefore(int at)
        {
            for (var j = at - 1; j >= 0 && j >= at - 3 && _words[j].Clause == _words[at].Clause; j--)
            {
                if (!_words[j].InName && ReplyWords.Negators.Contains(_words[j].Word) && Spelled(_words[j], single: true))
                {
                    return true;
                }
            }

            return false;
        }

        private bool NegatedAfter(int after) =>
            NegationsAfter.Any(phrase => Find(phrase).Any(at => at >= after && at <= after + 2 && _words[at].Clause == _words[after - 1].Clause));

        // "xác nhận (sẽ) tham dự", "tôi tham dự", "tham dự được", or the verb opening its sentence ("Tham dự ạ.").
        private bool Affirmed(int at, int length)
        {
            var clause = _words[at].Clause;
            foreach (var affirmer in ReplyWords.Affirmers)
            {
                var size = affirmer.Split(' ').Length;
                if (Find(affirmer).Any(start => start + size <= at && at - (start + size) <= 1 && _words[start].Clause == clause))
                {
                    return true;
                }

                // "Xác nhận: tham dự", "xác nhận đồng chí ấy sẽ tham dự": across a colon, in the sentence.
                if (affirmer == "xac nhan" && Find(affirmer).Any(start => start < at && at - start <= 4 && _words[start].Sentence == _words[at].Sentence))
                {
                    return true;
                }
            }

            if (at > 0 && _words[at - 1].Clause == clause && ReplyWords.Pronouns.Any(p => p.Split(' ')[^1] == _words[at - 1].Word))
            {
                return true;
            }

            var after = at + length;
            if (Confirmations.Any(c => Find(c).Contains(after)) && _words[after].Clause == clause)
            {
                return true;
            }

            // The verb opens its sentence ("Tham dự ạ.", "Dạ, có mặt"), a single word "dự" excepted.
            var first = _words.FindIndex(w => w.Sentence == _words[at].Sentence && !ReplyWords.Fillers.Contains(w.Word));
            return first == at && length > 1 && EndsSentenceSoon(after);
        }

        // "Xác nhận." / "Dạ xác nhận ạ": the sentence says nothing but "xác nhận".
        private bool BareConfirmation() =>
            Find("xac nhan").Any(at =>
                _words.Where(w => w.Sentence == _words[at].Sentence && !ReplyWords.Fillers.Contains(w.Word)).Select(w => w.Word)
                    .SequenceEqual(["xac", "nhan"]));

        // "Tôi sẽ đến." "Em sẽ tới ạ": coming, and nothing after it in the clause but courtesy.
        private bool WillCome() =>
            new[] { "se den", "se toi", "se di" }.Any(phrase => Find(phrase).Any(at => EndsClauseSoon(at + 2)));

        private bool EndsClauseSoon(int from) =>
            from >= _words.Count || _words[from].Clause != _words[from - 1].Clause || (ReplyWords.Fillers.Contains(_words[from].Word) && EndsClauseSoon(from + 1));

        private bool EndsSentenceSoon(int from) =>
            from >= _words.Count || _words[from].Sentence != _words[from - 1].Sentence || _words.Skip(from).TakeWhile(w => w.Sentence == _words[from - 1].Sentence).All(w => ReplyWords.Fillers.Contains(w.Word) || w.Word is "hop" or "nay" or "tren" or "theo" or "loi" or "moi" or "giay");

        private int? FindDeputyTrigger()
        {
            foreach (var phrase in ReplyWords.Senders.Concat(ReplyWords.Instead))
            {
                foreach (var at in Find(phrase))
                {
                    if (NegatedBefore(at) || !SendsSomeone(phrase, at))
                    {
                        continue;
                    }

                    return at;
                }
            }

            return null;
        }

        // "cử" is a trigger only with a name after it (and not in "cử tri", "bầu cử", "cụ thể"); "giao" not in "giao ban".
        private bool SendsSomeone(string phrase, int at)
        {
            var next = at + phrase.Split(' ').Length;
            var nextWord = next < _words.Count ? _words[next].Word : string.Empty;
            var previous = at > 0 ? _words[at - 1].Word : string.Empty;
            if (phrase == "cu" && (nextWord is "tri" or "the" || previous == "bau"))
            {
                return false;
            }

            if (phrase == "giao" && (nextWord is "ban" or "luu" or "thong" or "dich" or "tiep" or "duc" or "nhan" || previous == "ban"))
            {
                return false;
            }

            if (ReplyWords.Senders.Contains(phrase))
            {
                // The name (or "đồng chí …") follows closely.
                return _words.Skip(next).Take(10).TakeWhile(w => w.Sentence == _words[at].Sentence).Any(w => w.InName)
                    || (next < _words.Count && _words[next].Word is "dong" or "nguoi" or "can" or "chuyen" or "pho" or "lanh");
            }

            return true;
        }

        private static bool IsAmbiguous(string word) => word is "vang" or "cu" or "nho";
    }

    // A word of several folded readings counts as the reading wanted when written so, or typed without diacritics.
    private static bool Spelled(ReplyToken word, bool single) =>
        !single || !Spellings.TryGetValue(word.Word, out var spellings) || word.Original.All(c => c < 128) || spellings.Contains(word.Original);

    private static bool IsCourtesy(string line)
    {
        var folded = VietnameseFold.Fold(line.Trim()).TrimStart('-', '*', ' ');
        return folded.Length == 0 || ReplyWords.Courtesies.Any(c => folded.StartsWith(c + " ", StringComparison.Ordinal) || folded == c || folded.StartsWith(c + ",", StringComparison.Ordinal) || folded.StartsWith(c + "!", StringComparison.Ordinal));
    }
}
