using System.Text;

namespace HdndWorkflow.Domain.Vietnamese;

/// <summary>
/// Letter case of a phrase set inside a Vietnamese sentence: after a colon or a semicolon, in a list, after a verb. An
/// ordinary word there is written in lower case ("Tăng cường giám sát" → "tăng cường giám sát", "Các Ban HĐND tỉnh" →
/// "các Ban HĐND tỉnh"); names keep their capital: abbreviations ("HĐND", "UBND"), names of several capitalised words
/// ("Ban Pháp chế", "Nguyễn Văn An", "Sở Tư pháp"), and the bodies, posts and organisations whose name opens with a
/// word in lower case after the first ("Thường trực HĐND", "Ủy ban nhân dân", "Chủ tịch UBND tỉnh", "Văn phòng
/// tổng hợp"). When unsure it keeps the text as typed: a capital left is the writer's; a capital taken away would be
/// ours.
/// </summary>
public static class VietnameseCase
{
    /// <summary>Plural and quantifying words, in lower case inside a sentence whatever follows them.</summary>
    private static readonly string[] AlwaysLower = ["Các", "Những", "Mọi", "Toàn thể", "Tất cả"];

    /// <summary>
    /// How the names of bodies, posts and organisations begin when the word after the first is in lower case: they keep
    /// their capital anywhere in a sentence (Decree 30/2020/NĐ-CP, Appendix II, on capitals in names and titles). Heads
    /// of one syllable ("Ban", "Sở", "Bộ", "Trường") are left out: they are ordinary words as often ("Ban hành",
    /// "Trường hợp", "Bộ phận") and the names they open go on with a capital ("Ban Pháp chế", "Sở Tư pháp").
    /// </summary>
    private static readonly string[] NameHeads =
    [
        "Thường trực", "Ủy ban", "Hội đồng", "Văn phòng", "Quốc hội", "Chính phủ", "Nhà nước", "Mặt trận", "Tỉnh ủy",
        "Huyện ủy", "Thành ủy", "Thị ủy", "Quận ủy", "Đảng ủy", "Đảng bộ", "Đảng đoàn", "Chi cục", "Tổng cục", "Công an",
        "Tòa án", "Viện kiểm sát", "Kho bạc", "Thanh tra", "Kiểm toán", "Bảo hiểm", "Trung tâm", "Bệnh viện", "Công ty",
        "Tổng công ty", "Ngân hàng", "Hợp tác xã", "Liên đoàn", "Chủ tịch", "Bí thư", "Trưởng ban", "Trưởng đoàn",
        "Ủy viên", "Giám đốc", "Chánh án", "Thủ tướng",
    ];

    /// <summary>
    /// The trimmed text, precomposed (NFC), with its first letter in lower case when it opens with an ordinary word.
    /// </summary>
    public static string InSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().Normalize(NormalizationForm.FormC);
        return OpensWithOrdinaryWord(trimmed) ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..] : trimmed;
    }

    /// <summary>
    /// Whether the text opens with a capitalised ordinary word, one that a sentence writes in lower case: its first
    /// letter alone is a capital, and it is neither followed by a capitalised word nor the head of a name.
    /// </summary>
    public static bool OpensWithOrdinaryWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().Normalize(NormalizationForm.FormC).Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsUpper(words[0][0]) || words[0].Skip(1).Any(char.IsUpper))
        {
            return false;
        }

        var opening = string.Join(' ', words);
        if (AlwaysLower.Any(word => StartsWithWords(opening, word)))
        {
            return true;
        }

        var nextIsCapital = words.Length > 1 && char.IsUpper(words[1][0]);
        return !nextIsCapital && !NameHeads.Any(head => StartsWithWords(opening, head));
    }

    private static bool StartsWithWords(string text, string words) =>
        text.StartsWith(words, StringComparison.Ordinal)
        && (text.Length == words.Length || !char.IsLetterOrDigit(text[words.Length]));
}
