using System.Text.RegularExpressions;

namespace HdndWorkflow.Domain.Replies;

/// <summary>One word of a reply: where it is in the text, how it reads without diacritics, and its clause and sentence.</summary>
/// <param name="Start">Its first character in the prepared text.</param>
/// <param name="End">One past its last character.</param>
/// <param name="Original">As written, lower-cased (diacritics kept: "vâng" and "vắng" differ here).</param>
/// <param name="Word">The folded word after spelling repair ("thma" → "tham", "duwj" → "du", "ko" → "khong").</param>
/// <param name="Clause">Clauses end at , ; : ( ) and dashes; negation does not reach over them.</param>
/// <param name="Sentence">Sentences end at . ! ? and line breaks.</param>
/// <param name="Capitalised">Written with a capital and then small letters ("Lê", "B"): a name may be made of these.</param>
internal readonly record struct ReplyToken(int Start, int End, string Original, string Word, int Clause, int Sentence, bool Capitalised)
{
    /// <summary>Set when the word belongs to a person's name: names are not read as answers ("Nguyễn Văn K").</summary>
    public bool InName { get; init; }
}

/// <summary>A reply cut into words, with the e-mail addresses it names.</summary>
internal sealed partial class ReplyTokens
{
    private static readonly HashSet<string> Vocabulary = BuildVocabulary();

    private ReplyTokens(string text, string folded, List<ReplyToken> words, List<(int Start, string Address)> emails, bool asks)
    {
        Text = text;
        Folded = folded;
        Words = words;
        Emails = emails;
        Asks = asks;
    }

    /// <summary>The prepared text (NFC, no stray combining marks).</summary>
    public string Text { get; }

    /// <summary>The text folded, position for position.</summary>
    public string Folded { get; }

    public List<ReplyToken> Words { get; }

    /// <summary>The e-mail addresses in the text, where they start.</summary>
    public List<(int Start, string Address)> Emails { get; }

    /// <summary>A question mark outside addresses and links.</summary>
    public bool Asks { get; }

    /// <summary>Whether the text was written with Vietnamese diacritics at all (then words like "trưởng" are told apart by them).</summary>
    public bool HasDiacritics => Text.Where(char.IsLetter).Any(c => c > 127);

    public static ReplyTokens Read(string text)
    {
        var prepared = VietnameseFold.Prepare(text);
        var folded = VietnameseFold.Fold(prepared);
        var masked = folded.ToCharArray();
        var emails = new List<(int, string)>();
        foreach (Match match in Address().Matches(prepared))
        {
            emails.Add((match.Index, match.Value.TrimEnd('.')));
            Array.Fill(masked, ' ', match.Index, match.Length);
        }

        foreach (Match match in Link().Matches(prepared))
        {
            Array.Fill(masked, ' ', match.Index, match.Length);
        }

        var words = new List<ReplyToken>();
        var (clause, sentence, asks) = (0, 0, false);
        for (var i = 0; i < masked.Length;)
        {
            var c = masked[i];
            if (IsWordChar(masked, i))
            {
                var start = i;
                while (i < masked.Length && IsWordChar(masked, i))
                {
                    i++;
                }

                var raw = new string(masked, start, i - start);
                var original = prepared[start..i];
                var capitalised = char.IsUpper(original[0]) && original.Skip(1).All(ch => !char.IsLetter(ch) || char.IsLower(ch));
                foreach (var word in Repair(raw, original))
                {
                    words.Add(new ReplyToken(start, i, original.ToLowerInvariant(), word, clause, sentence, capitalised));
                }

                continue;
            }

            if (c is '.' or '!' or '?' or '\n' or '\u2026')
            {
                asks |= c == '?';
                (clause, sentence) = (clause + 1, sentence + 1);
            }
            else if (c is ',' or ';' or ':' or '(' or ')' or '\u2013' or '\u2014' or '-' or '"' or '\u201c' or '\u201d' or '/')
            {
                clause++;
            }

            i++;
        }

        return new ReplyTokens(prepared, folded, words, emails, asks);
    }

    // The folded word, repaired: abbreviations expanded ("ko" → "khong", "d/c" → "dong chi"); a word the classifier does
    // not know but that is one of its words typed with Telex left on ("duwj"), a letter doubled ("thamm") or two
    // letters swapped ("thma") becomes that word. Repairs only ever lead to known words, so "phòng" never becomes "không".
    private static IEnumerable<string> Repair(string folded, string original)
    {
        if (ReplyWords.Abbreviations.TryGetValue(folded, out var expanded))
        {
            // A lone capital "K" (or "KO") ends names ("Nguyễn Văn K"): only a small one negates.
            return folded.Length <= 3 && expanded == "khong" && original.Any(char.IsUpper) && original != "Ko" && original != "Không"
                ? [folded]
                : expanded.Split(' ');
        }

        if (Vocabulary.Contains(folded) || folded.Length < 3)
        {
            return [folded];
        }

        foreach (var candidate in Candidates(folded))
        {
            if (Vocabulary.Contains(candidate))
            {
                return [candidate];
            }
        }

        return [folded];
    }

    private static IEnumerable<string> Candidates(string word)
    {
        yield return Telex(word);
        yield return Undoubled(word);
        if (word.Length >= 4)
        {
            for (var i = 0; i + 1 < word.Length; i++)
            {
                var swapped = word.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                yield return new string(swapped);
            }
        }
    }

    // "nhaanj" → "nhan", "duwj" → "du", "ddi" → "di": the keys Telex typing leaves behind when the input method is off.
    private static string Telex(string word)
    {
        var text = word;
        while (text.Length > 2 && text[^1] is 's' or 'f' or 'r' or 'x' or 'j' or 'z')
        {
            text = text[..^1];
        }

        foreach (var (from, to) in new[] { ("dd", "d"), ("aa", "a"), ("aw", "a"), ("ee", "e"), ("oo", "o"), ("ow", "o"), ("uw", "u"), ("w", "u") })
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static string Undoubled(string word)
    {
        var kept = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (kept.Length == 0 || kept[^1] != c)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    // Letters and digits; a slash inside "đ/c".
    private static bool IsWordChar(char[] text, int i) =>
        char.IsLetterOrDigit(text[i])
        || (text[i] == '/' && i > 0 && i + 1 < text.Length && text[i - 1] == 'd' && text[i + 1] == 'c' && (i < 2 || !char.IsLetter(text[i - 2])));

    private static HashSet<string> BuildVocabulary()
    {
        var lists = new[]
        {
            ReplyWords.AttendVerbs, ReplyWords.Affirmers, ReplyWords.Pronouns, ReplyWords.Refusals, ReplyWords.Senders, ReplyWords.Instead,
            ReplyWords.Uncertain, ReplyWords.Qualifiers, ReplyWords.AutoReply, ReplyWords.Negators, ReplyWords.Honorifics,
        };
        var words = lists.SelectMany(list => list).SelectMany(phrase => phrase.Split(' '));
        return new HashSet<string>(words.Concat(["nhan", "xac", "hoi", "nghi", "duoc", "mat"]), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
